using System.Globalization;
using System.Text.Json.Nodes;

namespace Hub.Bench;

/// <summary>The district comparison through the hub's GraphQL API, page by page, as a dashboard asks for it.</summary>
public sealed class HubDistrictComparison(GraphQLEndpoint endpoint, RollupBenchOptions options)
{
    private const string Query = """
        query DistrictComparison($province: String!, $period: Period!, $codes: [String!]!, $after: String) {
          regions(first: 100, after: $after, where: { level: { eq: DISTRICT }, within: $province }) {
            pageInfo { hasNextPage endCursor }
            nodes { code indicators(period: $period, codes: $codes) { indicator { code } value reportingStations expectedStations } }
          }
        }
        """;

    /// <summary>The cells, and how many requests (pages) the comparison took.</summary>
    public async Task<(IReadOnlyList<DistrictCell> Cells, int Requests)> RunAsync(CancellationToken cancellationToken)
    {
        var cells = new List<DistrictCell>();
        string? after = null;
        var requests = 0;
        do
        {
            var variables = new JsonObject
            {
                ["province"] = options.Province,
                ["period"] = options.Year.ToString(CultureInfo.InvariantCulture),
                ["codes"] = new JsonArray([.. options.Codes.Select(c => JsonValue.Create(c))]),
                ["after"] = after,
            };
            var result = await endpoint.PostAsync(Query, variables, cancellationToken);
            requests++;
            if (result.Error is not null || result.Data is null)
            {
                throw new InvalidOperationException($"The hub answered the district comparison with {result.Error ?? "no data"}.");
            }

            var regions = result.Data["regions"]!;
            foreach (var node in regions["nodes"]!.AsArray())
            {
                var district = node!["code"]!.GetValue<string>();
                foreach (var value in node["indicators"]!.AsArray())
                {
                    cells.Add(new DistrictCell(
                        district,
                        value!["indicator"]!["code"]!.GetValue<string>(),
                        value["value"] is JsonValue number ? decimal.Parse(number.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture) : null,
                        value["reportingStations"]!.GetValue<int>(),
                        value["expectedStations"]!.GetValue<int>()));
                }
            }

            after = regions["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? regions["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        return (cells, requests);
    }
}
