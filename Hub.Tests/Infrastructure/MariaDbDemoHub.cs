namespace Hub.Tests.Infrastructure;

/// <summary>The hub on a fresh database of a real MariaDB server, demo data loaded at start-up.</summary>
public sealed class MariaDbDemoHub : HubServerFixture
{
    protected override bool SeedDemoData => true;

    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreateMariaDbAsync();
}
