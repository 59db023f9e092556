using System.Globalization;
using System.Text.Json.Nodes;

namespace Hub.Bench;

/// <summary>
/// What the query mix draws its variables from: periods inside the dataset's range, and region
/// codes, page cursors and global ids read from the running hub before the measurement starts
/// (through its own API, so the driver knows nothing of the database).
/// </summary>
public sealed class VariablePools
{
    private readonly Dictionary<string, Func<Random, JsonNode?>> _pools = new(StringComparer.Ordinal);

    private VariablePools()
    {
    }

    public IEnumerable<string> Names => _pools.Keys;

    public JsonNode? Draw(string name, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return _pools.TryGetValue(name, out var draw) ? draw(random) : throw new KeyNotFoundException($"No variable pool named ${name}; there are {string.Join(", ", Names.Select(n => "$" + n))}.");
    }

    public static async Task<VariablePools> DiscoverAsync(GraphQLEndpoint endpoint, BenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(options);
        var pools = new VariablePools();
        var months = Enumerable.Range(0, options.Months).Select(options.FirstMonth.AddMonths).ToList();
        pools.Add("month", months.Select(m => m.ToString("yyyy-MM", CultureInfo.InvariantCulture)));
        pools.Add("quarter", months.Where(m => m.Month % 3 == 1 && months.Contains(m.AddMonths(2))).Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Year}-Q{((m.Month - 1) / 3) + 1}")));
        pools.Add("year", months.Where(m => m.Month == 1 && months.Contains(m.AddMonths(11))).Select(m => m.Year.ToString(CultureInfo.InvariantCulture)));

        var province = (await endpoint.QueryAsync("{ regions(first: 1) { nodes { code } } }"))["regions"]!["nodes"]![0]!["code"]!.GetValue<string>();
        var tree = (await endpoint.QueryAsync(
            "query($code: String!) { region(code: $code) { children { code children { code children { code } } } } }",
            new JsonObject { ["code"] = province }))["region"]!;
        var cities = ((JsonArray)tree["children"]!).Select(c => c!).ToList();
        var districts = cities.SelectMany(c => ((JsonArray)c["children"]!).Select(d => d!)).ToList();
        var streets = districts.SelectMany(d => ((JsonArray)d["children"]!).Select(s => s!["code"]!.GetValue<string>())).ToList();
        pools.Add("province", [province]);
        pools.Add("city", cities.Select(c => c["code"]!.GetValue<string>()));
        pools.Add("district", districts.Select(d => d["code"]!.GetValue<string>()));
        pools.Add("street", streets);
        pools.Add("parentRegion", [province, .. cities.Select(c => c["code"]!.GetValue<string>()), .. districts.Select(d => d["code"]!.GetValue<string>())]);

        var (stations, stationCursors) = await PageAsync(endpoint, "stations", 20);
        var (projects, projectCursors) = await PageAsync(endpoint, "projects", 20);
        var (activities, _) = await PageAsync(endpoint, "activities", 2);
        var (brands, _) = await PageAsync(endpoint, "brands", 2);
        var brandNames = (await endpoint.QueryAsync("{ brands(first: 100) { nodes { name } } }"))["brands"]!["nodes"]!.AsArray().Select(b => b!["name"]!.GetValue<string>());
        pools.Add("brandPrefix", brandNames.Where(n => n.Length > 0).Select(n => n[..1]).Distinct());
        var (partners, _) = await PageAsync(endpoint, "partners", 2);
        pools.Add("stationId", stations);
        pools.Add("stationCursor", stationCursors);
        pools.Add("projectCursor", projectCursors);
        var nodeIds = stations.Concat(projects).Concat(activities).Concat(brands).Concat(partners).ToList();
        string[] kinds = ["CASE_WORK", "GROUP_WORK", "COMMUNITY_WORK", "THEMED_ACTIVITY", "VOLUNTEER_SERVICE", "HOME_VISIT", "NEEDS_SURVEY", "SUPERVISION", "TRAINING", "PUBLICITY"];
        pools._pools["activityKinds"] = random => new JsonArray(kinds.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Select(k => (JsonNode?)JsonValue.Create(k)).ToArray());
        pools._pools["nodeIds10"] = random => new JsonArray(Enumerable.Range(0, 10).Select(_ => (JsonNode?)JsonValue.Create(nodeIds[random.Next(nodeIds.Count)])).ToArray());
        return pools;
    }

    /// <summary>Ids of the first pages of a root connection, and the cursors those pages end at (null: the first page).</summary>
    private static async Task<(List<string> Ids, List<string?> Cursors)> PageAsync(GraphQLEndpoint endpoint, string field, int pages)
    {
        var ids = new List<string>();
        var cursors = new List<string?> { null };
        string? after = null;
        for (var page = 0; page < pages; page++)
        {
            var connection = (await endpoint.QueryAsync(
                $"query($after: String) {{ {field}(first: 100, after: $after) {{ pageInfo {{ hasNextPage endCursor }} nodes {{ id }} }} }}",
                new JsonObject { ["after"] = after }))[field]!;
            ids.AddRange(((JsonArray)connection["nodes"]!).Select(n => n!["id"]!.GetValue<string>()));
            if (!connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }

            after = connection["pageInfo"]!["endCursor"]!.GetValue<string>();
            cursors.Add(after);
        }

        return (ids, cursors);
    }

    private void Add(string name, IEnumerable<string?> values)
    {
        var list = values.ToList();
        if (list.Count == 0)
        {
            throw new InvalidOperationException($"The hub offered nothing for ${name}: is the dataset loaded?");
        }

        _pools[name] = random => list[random.Next(list.Count)] is { } value ? JsonValue.Create(value) : null;
    }
}
