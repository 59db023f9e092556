namespace Hub.Tests.Infrastructure;

/// <summary>The hub on an empty MariaDB database (catalogue only), for tests that arrange their own rows.</summary>
public sealed class MariaDbEmptyHub : HubServerFixture
{
    protected override bool SeedDemoData => false;

    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateMariaDbAsync();
}
