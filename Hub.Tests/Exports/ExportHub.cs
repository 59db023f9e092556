using System.Text.Json;
using Hub.Server.Http.TrustedDocuments;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Exports;

/// <summary>
/// The hundred-station synthetic hub with a manifest of trusted documents (Allow mode) and exports that fetch 30
/// comparison rows per execution and write at most 90 rows: a city's stations take pages to export, the province's
/// hundred are refused.
/// </summary>
public abstract class ExportHub : SyntheticHubFixture
{
    /// <summary>A trusted comparison document of fewer columns than the built-in one, run by its id.</summary>
    public const string NarrowComparison = """
        query($input: ComparisonInput!) {
          comparison(input: $input) { totalCount pageInfo { hasNextPage endCursor } rows { name rank values { value suppressed } } }
        }
        """;

    public const int PageSize = 30;

    /// <summary>Below the province's hundred stations, above a city's, so that one export is refused as too large and another walks pages.</summary>
    public const int MaxRows = 90;

    private readonly string _manifest = Path.Combine(Path.GetTempPath(), $"datahub-export-manifest-{Guid.NewGuid():N}.json");

    protected ExportHub()
    {
        File.WriteAllText(_manifest, JsonSerializer.Serialize(new Dictionary<string, string> { [TrustedDocumentResolver.IdOf(NarrowComparison)] = NarrowComparison }));
    }

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Hub:TrustedDocuments:Mode"] = nameof(TrustedDocumentMode.Allow),
        ["Hub:TrustedDocuments:ManifestPath"] = _manifest,
        ["Hub:Exports:PageSize"] = PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Hub:Exports:MaxRows"] = MaxRows.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(_manifest);
    }
}
