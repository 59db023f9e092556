using Hub.Tests.Infrastructure;

namespace Hub.Tests.Uploads;

/// <summary>The demo hub on SQLite with the small <see cref="UploadLimits"/>.</summary>
public sealed class SqliteUploadHub : HubServerFixture
{
    protected override bool SeedDemoData => true;

    protected override IReadOnlyDictionary<string, string> Settings => UploadLimits.Settings;

    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.CreateSqlite());
}
