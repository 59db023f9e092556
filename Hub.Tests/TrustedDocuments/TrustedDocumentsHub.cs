using System.Text.Json;
using Hub.Server.Http.TrustedDocuments;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.TrustedDocuments;

/// <summary>An empty hub with a manifest of two trusted documents, in the mode a subclass names, set through "Hub:TrustedDocuments" keys.</summary>
public abstract class TrustedDocumentsHub : HubServerFixture
{
    public const string Indicators = "{ indicators { code } }";
    public const string Regions = "query Regions($first: Int) { regions(first: $first) { totalCount } }";
    public const string Record = "mutation($input: RecordActivityInput!) { recordActivity(input: $input) { errors { message } } }";

    private readonly string _manifest = Path.Combine(Path.GetTempPath(), $"datahub-manifest-{Guid.NewGuid():N}.json");

    protected TrustedDocumentsHub()
    {
        File.WriteAllText(_manifest, JsonSerializer.Serialize(new Dictionary<string, string>
        {
            [TrustedDocumentResolver.IdOf(Indicators)] = Indicators,
            [TrustedDocumentResolver.IdOf(Regions)] = Regions,
            [TrustedDocumentResolver.IdOf(Record)] = Record,
        }));
    }

    protected abstract TrustedDocumentMode Mode { get; }

    protected override bool SeedDemoData => false;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Hub:TrustedDocuments:Mode"] = Mode.ToString(),
        ["Hub:TrustedDocuments:ManifestPath"] = _manifest,
    };

    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.CreateSqlite());
}
