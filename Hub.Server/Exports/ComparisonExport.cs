using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Server.Http;
using Microsoft.Extensions.Options;

namespace Hub.Server.Exports;

/// <summary>
/// <c>/export/comparison.xlsx?region=…&amp;level=…&amp;period=…&amp;indicators=a,b</c>: the <c>comparison</c> query, the
/// whole ranking (every page), one row per unit with the rank, percentile, value, reporting and expected stations,
/// changes and per-10,000-residents figure of every indicator.
/// </summary>
internal sealed class ComparisonExport(IOptions<ExportOptions> options) : ExportKind
{
    /// <summary>
    /// The built-in document. A trusted document used instead takes the same variables (<c>$input: ComparisonInput!</c>,
    /// and <c>$region: String!</c> if it names the region) and selects what the table shows under <c>comparison</c>.
    /// </summary>
    public const string Document = """
        query ComparisonExport($input: ComparisonInput!, $region: String!) {
          region(code: $region) { code name level }
          comparison(input: $input) {
            totalCount period level orderBy
            pageInfo { hasNextPage endCursor }
            rows {
              regionCode stationId name population rank percentile
              values { indicator { code label unit } value suppressed reportingStations expectedStations }
              metrics { value rank percentile changeFromPrevious changeFromPreviousPercent changeFromYearEarlier changeFromYearEarlierPercent perTenThousandPeople }
            }
          }
        }
        """;

    /// <summary>The columns of each compared indicator, after the unit's own columns.</summary>
    public static IReadOnlyList<(string Header, string Field)> IndicatorColumns { get; } =
    [
        ("值 value", "value"),
        ("排名 rank", "rank"),
        ("百分位 percentile", "percentile"),
        ("上报站点 reporting stations", "reportingStations"),
        ("应报站点 expected stations", "expectedStations"),
        ("环比变化 change on previous period", "changeFromPrevious"),
        ("环比变化% change on previous period %", "changeFromPreviousPercent"),
        ("同比变化 change on a year earlier", "changeFromYearEarlier"),
        ("同比变化% change on a year earlier %", "changeFromYearEarlierPercent"),
        ("每万人 per 10,000 residents", "perTenThousandPeople"),
    ];

    /// <summary>The unit's own columns, first in every row.</summary>
    public static IReadOnlyList<string> UnitColumns { get; } = ["排名 rank", "百分位 percentile", "名称 name", "代码 code", "人口 population"];

    public override string Name => "comparison";

    protected override IReadOnlyList<string> Parameters { get; } = ["region", "level", "period", "indicators", "orderBy"];

    protected override ExportQuery? Read(IReadOnlyDictionary<string, string> parameters, out GraphQLHttpFailure? failure)
    {
        foreach (var (name, example) in new[] { ("region", "370100000000"), ("level", "DISTRICT"), ("period", "2024"), ("indicators", "volunteer_hours,volunteers_registered") })
        {
            if (!parameters.ContainsKey(name))
            {
                failure = Missing(name, example);
                return null;
            }
        }

        var codes = parameters["indicators"].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var input = new JsonObject
        {
            ["regionCode"] = parameters["region"],
            // The enum as the schema spells it; the desk's links may write it in lower case.
            ["level"] = parameters["level"].ToUpperInvariant(),
            ["period"] = parameters["period"],
            ["codes"] = new JsonArray([.. codes.Select(c => (JsonNode?)JsonValue.Create(c))]),
            ["first"] = options.Value.PageSize,
        };
        if (parameters.TryGetValue("orderBy", out var orderBy))
        {
            input["orderBy"] = orderBy;
        }

        failure = null;
        return new ExportQuery(Document, new JsonObject { ["input"] = input, ["region"] = parameters["region"] }, parameters);
    }

    public override int? TotalRows(JsonObject data) => data["comparison"]?["totalCount"]?.GetValue<int>();

    public override JsonObject? NextPage(JsonObject data, JsonObject variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var pageInfo = data?["comparison"]?["pageInfo"];
        if (pageInfo?["hasNextPage"]?.GetValue<bool>() != true || pageInfo["endCursor"]?.GetValue<string>() is not { } cursor)
        {
            return null;
        }

        var next = (JsonObject)variables.DeepClone();
        next["input"]!["after"] = cursor;
        return next;
    }

    public override ExportTable? Table(IReadOnlyList<JsonObject> pages, ExportQuery query, ExportProvenance provenance, out GraphQLHttpFailure? failure)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(provenance);
        if (pages[0]["comparison"] is not JsonObject comparison)
        {
            failure = NotAnswered("comparison");
            return null;
        }

        var rows = pages.SelectMany(page => Objects(page["comparison"]?["rows"])).ToList();
        var indicators = Indicators(rows, query);
        var columns = UnitColumns.Concat(indicators.SelectMany(i => IndicatorColumns.Select(c => $"{i.Label} {c.Header}"))).ToList();
        var table = rows.Select(row => (IReadOnlyList<object?>)[.. UnitCells(row), .. indicators.SelectMany((_, i) => IndicatorCells(row, i))]).ToList();

        var region = pages[0]["region"] as JsonObject;
        var regionCode = region?["code"]?.ToString() ?? query.Parameters["region"];
        var regionName = region?["name"]?.ToString();
        var level = comparison["level"]?.ToString() ?? query.Parameters["level"].ToUpperInvariant();
        var period = comparison["period"]?.ToString() ?? query.Parameters["period"];
        var total = comparison["totalCount"]?.GetValue<int>() ?? rows.Count;
        ExportHeaderLine[] header =
        [
            new("导出 Export", "地区比较 Comparison"),
            new("地区 Region", string.Join(" ", new[] { regionCode, regionName }.Where(p => p is not null))),
            new("层级 Level", level),
            new("时期 Period", period),
            new("指标 Indicators", string.Join("; ", indicators.Select(i => i.Describe()))),
            new("排序 Ranked by", comparison["orderBy"]?.ToString() ?? (indicators.Count > 0 ? indicators[0].Code : "")),
            new("行数 Rows", string.Create(CultureInfo.InvariantCulture, $"{rows.Count} / {total}")),
            .. provenance.Lines,
            new("说明 Note", ExportTable.CellNote),
        ];
        failure = null;
        return new ExportTable(Stem("comparison", regionName ?? regionCode, level.ToLowerInvariant(), period), "Comparison", header, columns, table);
    }

    private static IEnumerable<object?> UnitCells(JsonObject row) =>
        [Cell(row["rank"]), Cell(row["percentile"]), Cell(row["name"]), Cell(row["regionCode"] ?? row["stationId"]), Cell(row["population"])];

    /// <summary>The cells of the row's <paramref name="index"/>th indicator; a suppressed value is marked, and what is derived from it is empty as GraphQL leaves it.</summary>
    private static IEnumerable<object?> IndicatorCells(JsonObject row, int index)
    {
        var value = (row["values"] as JsonArray)?.ElementAtOrDefault(index) as JsonObject;
        var metric = (row["metrics"] as JsonArray)?.ElementAtOrDefault(index) as JsonObject;
        var suppressed = value?["suppressed"]?.GetValue<bool>() == true;
        foreach (var (_, field) in IndicatorColumns)
        {
            yield return field switch
            {
                "value" when suppressed => ExportTable.Suppressed,
                "value" => Cell(metric?["value"] ?? value?["value"]),
                "reportingStations" or "expectedStations" => Cell(value?[field]),
                _ => Cell(metric?[field]),
            };
        }
    }

    /// <summary>
    /// The compared indicators in column order: the requested codes (as the comparison orders its values, repeats
    /// dropped), named as the answer names them when it selects <c>values { indicator { label unit } }</c>.
    /// </summary>
    private static List<ComparedIndicator> Indicators(List<JsonObject> rows, ExportQuery query)
    {
        var named = rows.Count > 0 ? (rows[0]["values"] as JsonArray)?.Select(v => v?["indicator"]).ToList() : null;
        return query.Parameters["indicators"].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.Ordinal)
            .Select((code, i) => named?.ElementAtOrDefault(i) is { } indicator
                ? new ComparedIndicator(indicator["code"]?.ToString() ?? code, indicator["label"]?.ToString(), indicator["unit"]?.ToString())
                : new ComparedIndicator(code, null, null))
            .ToList();
    }

    private readonly record struct ComparedIndicator(string Code, string? Name, string? Unit)
    {
        public string Label => Name ?? Code;

        public string Describe() => Name is null ? Code : $"{Code} {Name}" + (string.IsNullOrEmpty(Unit) ? "" : $"（{Unit}）");
    }
}
