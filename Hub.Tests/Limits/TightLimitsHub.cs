using Hub.Tests.Infrastructure;

namespace Hub.Tests.Limits;

/// <summary>
/// The demo hub with every limit set low through "Hub:Limits" keys, as an operator would set them, so a test can
/// reach each limit with a small document and read what a document costs from the refusal.
/// </summary>
public sealed class TightLimitsHub : HubServerFixture
{
    protected override bool SeedDemoData => true;

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Hub:Limits:MaxDepth"] = "6",
        ["Hub:Limits:MaxComplexity"] = "300",
        ["Hub:Limits:MaxFields"] = "50",
        ["Hub:Limits:MaxAliases"] = "2",
        ["Hub:Limits:MaxDirectives"] = "1",
        ["Hub:Limits:MaxOperationsPerDocument"] = "2",
        ["Hub:Limits:MaxOperationsPerBatch"] = "2",
        ["Hub:Limits:MaxListItems"] = "3",
        ["Hub:Limits:MaxStringLength"] = "10",
    };

    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.CreateSqlite());
}
