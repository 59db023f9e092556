namespace Hub.Tests.Infrastructure;

/// <summary>The hub on its embedded default: a SQLite file, demo data loaded at start-up.</summary>
public sealed class SqliteDemoHub : HubServerFixture
{
    protected override bool SeedDemoData => true;

    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.CreateSqlite());
}
