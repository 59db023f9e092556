using Hub.Tests.Infrastructure;

namespace Hub.Tests.Exports;

public sealed class SqliteExportHub : ExportHub
{
    protected override Task<TestDatabase> CreateEmptyDatabaseAsync() => Task.FromResult(TestDatabase.CreateSqlite());
}
