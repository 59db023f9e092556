using System.Text.Json.Nodes;
using Hub.Server.Http;

namespace Hub.Server.Exports;

/// <summary>
/// <c>/export/series.xlsx?station=…&amp;indicator=…&amp;from=…&amp;to=…</c> (or <c>region=</c> instead of <c>station=</c>): a
/// station's or region's <c>series</c>, one row per month, quarter or year.
/// </summary>
internal sealed class SeriesExport : ExportKind
{
    /// <summary>The built-in document for a station; a trusted one takes the same variables and selects <c>station { series }</c>.</summary>
    public const string StationDocument = """
        query StationSeriesExport($station: ID!, $indicator: String!, $from: Period!, $to: Period!) {
          indicators { code label unit }
          unit: station(id: $station) { code name series(code: $indicator, from: $from, to: $to) { period value suppressed reportingStations expectedStations } }
        }
        """;

    /// <summary>The built-in document for a region; a trusted one takes the same variables and selects <c>region { series }</c>.</summary>
    public const string RegionDocument = """
        query RegionSeriesExport($region: String!, $indicator: String!, $from: Period!, $to: Period!) {
          indicators { code label unit }
          unit: region(code: $region) { code name series(code: $indicator, from: $from, to: $to) { period value suppressed reportingStations expectedStations } }
        }
        """;

    public static IReadOnlyList<string> Columns { get; } = ["时期 period", "值 value", "上报站点 reporting stations", "应报站点 expected stations"];

    public override string Name => "series";

    protected override IReadOnlyList<string> Parameters { get; } = ["station", "region", "indicator", "from", "to"];

    protected override ExportQuery? Read(IReadOnlyDictionary<string, string> parameters, out GraphQLHttpFailure? failure)
    {
        var station = parameters.GetValueOrDefault("station");
        var region = parameters.GetValueOrDefault("region");
        if ((station is null) == (region is null))
        {
            failure = GraphQLHttpFailure.BadRequest("The series export needs one of 'station' (a station's id) and 'region' (a region's 12-digit code), not both.");
            return null;
        }

        foreach (var (name, example) in new[] { ("indicator", "volunteer_hours"), ("from", "2024-01"), ("to", "2024-12") })
        {
            if (!parameters.ContainsKey(name))
            {
                failure = Missing(name, example);
                return null;
            }
        }

        var variables = new JsonObject
        {
            [station is null ? "region" : "station"] = station ?? region,
            ["indicator"] = parameters["indicator"],
            ["from"] = parameters["from"],
            ["to"] = parameters["to"],
        };
        failure = null;
        return new ExportQuery(station is null ? RegionDocument : StationDocument, variables, parameters);
    }

    public override ExportTable? Table(IReadOnlyList<JsonObject> pages, ExportQuery query, ExportProvenance provenance, out GraphQLHttpFailure? failure)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(provenance);
        var data = pages[0];
        var isStation = query.Parameters.ContainsKey("station");
        // The built-in documents alias the unit; a trusted document may name it station or region.
        var unit = data["unit"] ?? data[isStation ? "station" : "region"];
        if (unit is not JsonObject found)
        {
            failure = data.ContainsKey("unit") || data.ContainsKey(isStation ? "station" : "region")
                ? NotFound(isStation ? $"No station has the id \"{query.Parameters["station"]}\"." : $"No region has the code \"{query.Parameters["region"]}\".")
                : NotAnswered(isStation ? "station" : "region");
            return null;
        }

        if (found["series"] is not JsonArray series)
        {
            failure = NotAnswered("series");
            return null;
        }

        var code = query.Parameters["indicator"];
        var indicator = Objects(data["indicators"]).FirstOrDefault(i => i["code"]?.ToString() == code);
        var rows = series.OfType<JsonObject>().Select(point => (IReadOnlyList<object?>)
        [
            Cell(point["period"]),
            point["suppressed"]?.GetValue<bool>() == true ? ExportTable.Suppressed : Cell(point["value"]),
            Cell(point["reportingStations"]),
            Cell(point["expectedStations"]),
        ]).ToList();
        var name = found["name"]?.ToString();
        var unitCode = found["code"]?.ToString() ?? query.Parameters.GetValueOrDefault("station") ?? query.Parameters["region"];
        ExportHeaderLine[] header =
        [
            new("导出 Export", "时间序列 Series"),
            new(isStation ? "站点 Station" : "地区 Region", string.Join(" ", new[] { unitCode, name }.Where(p => p is not null))),
            new("指标 Indicator", indicator is null ? code : $"{code} {indicator["label"]}" + (indicator["unit"]?.ToString() is { Length: > 0 } u ? $"（{u}）" : "")),
            new("时期 Periods", $"{query.Parameters["from"]} – {query.Parameters["to"]}"),
            .. provenance.Lines,
            new("说明 Note", ExportTable.CellNote),
        ];
        failure = null;
        return new ExportTable(Stem("series", name ?? unitCode, code, query.Parameters["from"], query.Parameters["to"]), "Series", header, Columns, rows);
    }
}
