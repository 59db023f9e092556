using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Access;

/// <summary>
/// Reads one indicator for every region and station of the hub through the public API, as some caller, and checks
/// what an attacker could do with the published cells: no cell below the thresholds is shown, and no region's
/// "total = sum of parts" equation has exactly one hidden member (which subtraction would recover).
/// </summary>
public sealed class SuppressionAudit
{
    private SuppressionAudit(IReadOnlyList<Cell> regions, IReadOnlyList<Cell> stations)
    {
        Regions = regions;
        Stations = stations;
    }

    /// <summary>One published cell: its code (regions) or id (stations), its parent region's code, and what was shown.</summary>
    public sealed record Cell(string Key, string? ParentCode, double? Value, bool Suppressed, int ReportingStations);

    public IReadOnlyList<Cell> Regions { get; }

    public IReadOnlyList<Cell> Stations { get; }

    public Cell Region(string code) => Regions.Single(r => r.Key == code);

    public static async Task<SuppressionAudit> ReadAsync(GraphQLClient client, string code, string period)
    {
        var regions = await PagesAsync(client, "regions", "code parent { code }", code, period, n => (n["code"]!.GetValue<string>(), n["parent"]?["code"]?.GetValue<string>()));
        var stations = await PagesAsync(client, "stations", "id region { code }", code, period, n => (n["id"]!.GetValue<string>(), n["region"]!["code"]!.GetValue<string>()));
        return new SuppressionAudit(regions, stations);
    }

    /// <summary>Every shown value that breaks a threshold, and every equation with exactly one hidden member.</summary>
    public IReadOnlyList<string> Leaks(int minStations, int minUnits)
    {
        var leaks = new List<string>();
        foreach (var cell in Regions.Concat(Stations).Where(c => c.Value is not null))
        {
            if (cell.ReportingStations < minStations || (cell.Value > 0 && cell.Value < minUnits))
            {
                leaks.Add($"{cell.Key} shows {cell.Value} from {cell.ReportingStations} stations");
            }
        }

        foreach (var region in Regions.Where(r => r.ReportingStations > 0))
        {
            var parts = Regions.Where(r => r.ParentCode == region.Key).Concat(Stations.Where(s => s.ParentCode == region.Key))
                .Where(p => p.ReportingStations > 0).ToList();
            var hidden = parts.Count(p => p.Suppressed) + (region.Suppressed ? 1 : 0);
            if (hidden == 1)
            {
                leaks.Add($"{region.Key} = sum of {parts.Count} parts has exactly one hidden member");
            }

            if (hidden == 0 && Math.Abs(region.Value!.Value - parts.Sum(p => p.Value!.Value)) > 1e-6)
            {
                leaks.Add($"{region.Key} shows {region.Value}, its parts add up to {parts.Sum(p => p.Value)}");
            }
        }

        return leaks;
    }

    private static async Task<List<Cell>> PagesAsync(GraphQLClient client, string field, string selection, string code, string period, Func<JsonNode, (string Key, string? Parent)> keyOf)
    {
        var cells = new List<Cell>();
        string? after = null;
        do
        {
            var data = await client.QueryAsync(
                $$"""
                query($after: String, $period: Period!, $code: String!) {
                  {{field}}(first: 100, after: $after) {
                    pageInfo { hasNextPage endCursor }
                    nodes { {{selection}} indicators(period: $period, codes: [$code]) { value suppressed reportingStations } }
                  }
                }
                """,
                new { after, period, code });
            var page = data[field]!;
            foreach (var node in (JsonArray)page["nodes"]!)
            {
                var (key, parent) = keyOf(node!);
                var value = node!["indicators"]![0]!;
                cells.Add(new Cell(key, parent, value["value"]?.GetValue<double>(), value["suppressed"]!.GetValue<bool>(), value["reportingStations"]!.GetValue<int>()));
            }

            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);
        return cells;
    }
}
