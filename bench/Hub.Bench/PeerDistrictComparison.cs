using System.Globalization;
using System.Text.Json.Nodes;

namespace Hub.Bench;

/// <summary>
/// The district comparison through the peer, PostGraphile 5 + @graphile/pg-aggregates over PostgreSQL holding the
/// same observations, with the peer harness's own query (../shared/peer/district-comparison.json): observations
/// of the year's periods summed and their stations counted per district × indicator, and the stations counted per
/// district, in one request. It has no rule for STOCK (each station's last month): those cells are plain sums.
/// </summary>
public sealed class PeerDistrictComparison(GraphQLEndpoint endpoint, string query, PeerKeys keys, RollupBenchOptions options)
{
    public async Task<IReadOnlyList<DistrictCell>> RunAsync(CancellationToken cancellationToken)
    {
        var variables = new JsonObject
        {
            ["indicators"] = new JsonArray([.. keys.Indicators.Keys.Select(id => JsonValue.Create(id))]),
            ["from"] = options.Year * 100,
            ["to"] = (options.Year * 100) + 12,
        };
        var result = await endpoint.PostAsync(query, variables, cancellationToken);
        if (result.Error is not null || result.Data is null)
        {
            throw new InvalidOperationException($"The peer answered the district comparison with {result.Error ?? "no data"}.");
        }

        var expected = new Dictionary<int, int>();
        foreach (var group in result.Data["allStations"]!["groupedAggregates"]!.AsArray())
        {
            expected[Key(group!, 0)] = Number(group!["distinctCount"]!["rowId"]!);
        }

        var reported = new Dictionary<(int District, int Indicator), (decimal Sum, int Stations)>();
        foreach (var group in result.Data["allObservations"]!["groupedAggregates"]!.AsArray())
        {
            reported[(Key(group!, 0), Key(group!, 1))] = (
                decimal.Parse(group!["sum"]!["value"]!.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture),
                Number(group["distinctCount"]!["stationId"]!));
        }

        // The peer's query is not limited to a province: its cells outside this one are left out here, after timing.
        var cells = new List<DistrictCell>(keys.Districts.Count * keys.Indicators.Count);
        foreach (var (districtId, district) in keys.Districts)
        {
            foreach (var (indicatorId, indicator) in keys.Indicators)
            {
                var found = reported.TryGetValue((districtId, indicatorId), out var cell);
                cells.Add(new DistrictCell(district, indicator.Code, found ? cell.Sum : null, found ? cell.Stations : 0, expected.GetValueOrDefault(districtId)));
            }
        }

        return cells;
    }

    // pg-aggregates returns grouping keys and bigint counts as strings.
    private static int Key(JsonNode group, int index) => int.Parse(group["keys"]![index]!.GetValue<string>(), CultureInfo.InvariantCulture);

    private static int Number(JsonNode value) =>
        value.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? int.Parse(value.GetValue<string>(), CultureInfo.InvariantCulture)
            : value.GetValue<int>();
}
