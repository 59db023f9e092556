namespace Hub.Tests.Infrastructure;

/// <summary>The hub on an empty SQLite file (catalogue only), for tests that arrange their own rows.</summary>
public sealed class SqliteEmptyHub : HubServerFixture
{
    protected override bool SeedDemoData => false;

    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.CreateSqlite());
}
