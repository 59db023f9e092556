namespace Hub.Tests.Infrastructure;

/// <summary>The hub on a real MariaDB database holding the 100-station synthetic dataset (<see cref="SyntheticHubFixture"/>).</summary>
public sealed class MariaDbSyntheticHub : SyntheticHubFixture
{
    protected override Task<TestDatabase> CreateEmptyDatabaseAsync() => TestDatabase.CreateMariaDbAsync();
}
