namespace Hub.Tests.Infrastructure;

/// <summary>The hub on a SQLite file holding the 100-station synthetic dataset (<see cref="SyntheticHubFixture"/>).</summary>
public sealed class SqliteSyntheticHub : SyntheticHubFixture
{
    protected override Task<TestDatabase> CreateEmptyDatabaseAsync() => Task.FromResult(TestDatabase.CreateSqlite());
}
