using Hub.Tests.Infrastructure;

namespace Hub.Tests.Access;

/// <summary>The demo hub with the public listing's cache lifetime configured (Hub:PublicProjects:MaxAgeSeconds = 42).</summary>
public sealed class ShortCacheSqliteDemoHub : HubServerFixture
{
    public const int MaxAgeSeconds = 42;

    protected override bool SeedDemoData => true;

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Hub:PublicProjects:MaxAgeSeconds"] = "42",
    };

    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.CreateSqlite());
}
