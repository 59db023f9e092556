using Hub.Tests.Infrastructure;

namespace Hub.Tests.Limits;

/// <summary>The demo hub on SQLite with a request time-out of one millisecond: every GraphQL request outlives it.</summary>
public sealed class SqliteTimeoutHub : HubServerFixture
{
    protected override bool SeedDemoData => true;

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Hub:Limits:RequestTimeout"] = "00:00:00.001",
    };

    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.CreateSqlite());
}
