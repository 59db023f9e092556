using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Filtering;

/// <summary>
/// <c>where</c> selects in SQL exactly the rows a client would pick by hand from the unfiltered list:
/// every expected set here is computed in C# from an unfiltered query, then compared with the server's
/// filtered answer, on SQLite and on MariaDB.
/// </summary>
public abstract class FilteringTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Stations = """
        query($where: StationFilterInput) {
          stations(where: $where, first: 100) { totalCount nodes { id name kind staffCount region { code } district { code name } projects(first: 100) { nodes { name } } } }
        }
        """;

    private const string Projects = """
        query($where: ProjectFilterInput) {
          projects(where: $where, first: 100) { totalCount nodes { id name targetGroups serviceAreas funding brand { name } station { name } } }
        }
        """;

    [Fact]
    public async Task Text_operators_match_what_a_person_would_pick()
    {
        var all = await NodesAsync(Stations, "stations", null);
        var sample = Text(all[0], "name");
        var fragment = sample.Substring(1, 2);
        var prefix = sample[..2];
        var suffix = sample[^2..];

        await AssertSelectsAsync(Stations, "stations", new { name = new { contains = fragment } }, all, s => Text(s, "name").Contains(fragment, StringComparison.Ordinal));
        await AssertSelectsAsync(Stations, "stations", new { name = new { startsWith = prefix } }, all, s => Text(s, "name").StartsWith(prefix, StringComparison.Ordinal));
        await AssertSelectsAsync(Stations, "stations", new { name = new { endsWith = suffix } }, all, s => Text(s, "name").EndsWith(suffix, StringComparison.Ordinal));
        await AssertSelectsAsync(Stations, "stations", new { name = new { eq = sample } }, all, s => Text(s, "name") == sample);
        await AssertSelectsAsync(Stations, "stations", new { name = new { neq = sample } }, all, s => Text(s, "name") != sample);
        var two = new[] { Text(all[1], "name"), Text(all[2], "name") };
        await AssertSelectsAsync(Stations, "stations", new { name = new { @in = two } }, all, s => two.Contains(Text(s, "name")));
        await AssertSelectsAsync(Stations, "stations", new { name = new { nin = two } }, all, s => !two.Contains(Text(s, "name")));
    }

    [Fact]
    public async Task Like_wildcards_in_a_search_text_are_taken_literally()
    {
        var all = await NodesAsync(Stations, "stations", null);
        Assert.DoesNotContain(all, s => Text(s, "name").Contains('%', StringComparison.Ordinal));
        Assert.Empty(await NodesAsync(Stations, "stations", new { name = new { contains = "%" } }));
        Assert.Empty(await NodesAsync(Stations, "stations", new { name = new { contains = "_" } }));
        Assert.Empty(await NodesAsync(Stations, "stations", new { name = new { startsWith = "^" } }));
    }

    [Fact]
    public async Task Number_ranges_and_null_checks_translate_with_SQL_null_semantics()
    {
        var all = await NodesAsync(Stations, "stations", null);
        var staffed = all.Where(s => s["staffCount"] is not null).ToList();
        Assert.NotEmpty(staffed);
        Assert.NotEqual(all.Count, staffed.Count);
        var median = staffed.Select(s => Number(s, "staffCount")).Order().ElementAt(staffed.Count / 2);

        await AssertSelectsAsync(Stations, "stations", new { staffCount = new { gte = (int)median } }, all, s => s["staffCount"] is not null && Number(s, "staffCount") >= median);
        await AssertSelectsAsync(Stations, "stations", new { staffCount = new { gt = (int)median, lte = 1000 } }, all, s => s["staffCount"] is not null && Number(s, "staffCount") > median);
        await AssertSelectsAsync(Stations, "stations", new { staffCount = new { eq = (int?)null } }, all, s => s["staffCount"] is null);

        // Decimals are text in SQLite; comparisons must still be numeric (1200 > 300).
        var areas = await NodesAsync("""query($where: StationFilterInput) { stations(where: $where, first: 100) { totalCount nodes { id floorAreaM2 } } }""", "stations", null);
        await AssertSelectsAsync("""query($where: StationFilterInput) { stations(where: $where, first: 100) { totalCount nodes { id floorAreaM2 } } }""", "stations",
            new { floorAreaM2 = new { gt = 500 } }, areas, s => s["floorAreaM2"] is not null && Number(s, "floorAreaM2") > 500);
    }

    [Fact]
    public async Task Stations_of_a_district_and_inside_a_region_subtree()
    {
        var all = await NodesAsync(Stations, "stations", null);
        var district = all.Select(s => s["district"]?["code"]?.GetValue<string>()).Where(code => code is not null)
            .GroupBy(code => code).MaxBy(group => group.Count())!.Key!;

        await AssertSelectsAsync(Stations, "stations", new { district = new { code = new { eq = district } } }, all,
            s => s["district"]?["code"]?.GetValue<string>() == district);

        // The district's subtree holds its streets and communities; a region code shares its ancestors' prefix.
        var prefix = district[..6];
        await AssertSelectsAsync(Stations, "stations", new { region = new { within = district } }, all,
            s => Text(s["region"]!, "code").StartsWith(prefix, StringComparison.Ordinal));

        var city = district[..4] + new string('0', 8);
        await AssertSelectsAsync(Stations, "stations", new { region = new { within = city } }, all,
            s => Text(s["region"]!, "code").StartsWith(district[..4], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Projects_of_a_brand_and_by_target_group_through_bit_masks()
    {
        var all = await NodesAsync(Projects, "projects", null);
        var brand = all.Select(p => p["brand"]?["name"]?.GetValue<string>()).First(name => name is not null)!;
        await AssertSelectsAsync(Projects, "projects", new { brand = new { name = new { eq = brand } } }, all,
            p => p["brand"]?["name"]?.GetValue<string>() == brand);

        var groups = all.SelectMany(p => Strings(p, "targetGroups")).GroupBy(g => g).OrderByDescending(g => g.Count()).Select(g => g.Key).Take(2).ToArray();
        Assert.Equal(2, groups.Length);
        await AssertSelectsAsync(Projects, "projects", new { targetGroups = new { hasAny = groups } }, all, p => Strings(p, "targetGroups").Intersect(groups).Any());
        await AssertSelectsAsync(Projects, "projects", new { targetGroups = new { hasAll = groups } }, all, p => groups.All(Strings(p, "targetGroups").Contains));
        await AssertSelectsAsync(Projects, "projects", new { targetGroups = new { hasNone = groups } }, all, p => !Strings(p, "targetGroups").Intersect(groups).Any());

        var area = all.SelectMany(p => Strings(p, "serviceAreas")).First();
        await AssertSelectsAsync(Projects, "projects", new { serviceAreas = new { hasAny = new[] { area } }, targetGroups = new { hasAny = groups } }, all,
            p => Strings(p, "serviceAreas").Contains(area) && Strings(p, "targetGroups").Intersect(groups).Any());
    }

    [Fact]
    public async Task Partners_by_kind_and_by_the_stations_they_work_with()
    {
        const string query = """
            query($where: ResourcePartnerFilterInput) { partners(where: $where, first: 100) { totalCount nodes { id name kind } } }
            """;
        var all = await NodesAsync(query, "partners", null);
        var kinds = all.Select(p => Text(p, "kind")).Distinct().Take(2).ToArray();
        await AssertSelectsAsync(query, "partners", new { kind = new { @in = kinds } }, all, p => kinds.Contains(Text(p, "kind")));
        await AssertSelectsAsync(query, "partners", new { kind = new { neq = kinds[0] } }, all, p => Text(p, "kind") != kinds[0]);

        var byStation = await hub.Client.QueryAsync("{ stations(first: 100) { nodes { name partners { id } } } }");
        var station = ((JsonArray)byStation["stations"]!["nodes"]!).MaxBy(s => ((JsonArray)s!["partners"]!).Count)!;
        var partnerIds = ((JsonArray)station["partners"]!).Select(p => Text(p!, "id")).ToHashSet();
        Assert.NotEmpty(partnerIds);
        await AssertSelectsAsync(query, "partners", new { stations = new { some = new { name = new { eq = Text(station, "name") } } } }, all, p => partnerIds.Contains(Text(p, "id")));
        await AssertSelectsAsync(query, "partners", new { stations = new { none = new { name = new { eq = Text(station, "name") } } } }, all, p => !partnerIds.Contains(Text(p, "id")));
    }

    [Fact]
    public async Task Activities_by_kind_and_time_range()
    {
        const string query = """
            query($where: ActivityFilterInput) { activities(where: $where, first: 100) { totalCount nodes { id kind occurredOn } } }
            """;
        var all = await NodesAsync(query, "activities", null);
        var dated = all.Where(a => a["occurredOn"] is not null).Select(a => DateOnly.Parse(Text(a, "occurredOn"), CultureInfo.InvariantCulture)).Order().ToList();
        Assert.True(dated.Count > 3, "the demo activities carry dates");
        var from = dated[dated.Count / 3];
        var to = dated[2 * dated.Count / 3];
        var kind = Text(all[0], "kind");

        await AssertSelectsAsync(query, "activities", new { occurredOn = new { gte = from.ToString("O"), lt = to.ToString("O") } }, all,
            a => a["occurredOn"] is not null && DateOnly.Parse(Text(a, "occurredOn"), CultureInfo.InvariantCulture) is var day && day >= from && day < to);
        await AssertSelectsAsync(query, "activities", new { kind = new { eq = kind }, occurredOn = new { gte = from.ToString("O") } }, all,
            a => Text(a, "kind") == kind && a["occurredOn"] is not null && DateOnly.Parse(Text(a, "occurredOn"), CultureInfo.InvariantCulture) >= from);
    }

    [Fact]
    public async Task And_or_and_list_relations_combine()
    {
        var all = await NodesAsync(Stations, "stations", null);
        var (a, b) = (Text(all[0], "name"), Text(all[^1], "name"));
        await AssertSelectsAsync(Stations, "stations", new { or = new object[] { new { name = new { eq = a } }, new { name = new { eq = b } } } }, all,
            s => Text(s, "name") == a || Text(s, "name") == b);
        await AssertSelectsAsync(Stations, "stations", new { and = new object[] { new { name = new { neq = a } }, new { name = new { neq = b } } }, or = Array.Empty<object>() }, all,
            s => Text(s, "name") != a && Text(s, "name") != b);

        var project = all.SelectMany(s => ((JsonArray)s["projects"]!["nodes"]!).Select(p => Text(p!, "name"))).First();
        await AssertSelectsAsync(Stations, "stations", new { projects = new { some = new { name = new { eq = project } } } }, all,
            s => ((JsonArray)s["projects"]!["nodes"]!).Any(p => Text(p!, "name") == project));
        await AssertSelectsAsync(Stations, "stations", new { projects = new { all = new { name = new { neq = project } } } }, all,
            s => ((JsonArray)s["projects"]!["nodes"]!).All(p => Text(p!, "name") != project));
    }

    [Fact]
    public async Task Ids_filter_by_global_id_of_the_right_type_only()
    {
        var all = await NodesAsync(Stations, "stations", null);
        var ids = all.Take(3).Select(s => Text(s, "id")).ToArray();
        await AssertSelectsAsync(Stations, "stations", new { id = new { @in = ids } }, all, s => ids.Contains(Text(s, "id")));

        var projectId = Text((await NodesAsync(Projects, "projects", null))[0], "id");
        var refused = await hub.Client.PostAsync(Stations, new { where = new { id = new { eq = projectId } } });
        Assert.Equal("BAD_USER_INPUT", refused.FirstErrorCode);
        Assert.Contains("Station id", refused.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nested_connections_filter_each_parent_in_one_statement()
    {
        const string query = """
            query($where: ProjectFilterInput) { stations(first: 100) { nodes { name projects(where: $where, first: 100) { totalCount nodes { name } } } } }
            """;
        var allProjects = await NodesAsync(Projects, "projects", null);
        var group = allProjects.SelectMany(p => Strings(p, "targetGroups")).GroupBy(g => g).MaxBy(g => g.Count())!.Key;
        var where = new { targetGroups = new { hasAny = new[] { group } } };

        var response = await hub.Client.PostExecutedAsync(query, new { where });
        Assert.Null(response.Errors);
        var expected = allProjects.Where(p => Strings(p, "targetGroups").Contains(group))
            .ToLookup(p => Text(p["station"]!, "name"), p => Text(p, "name"));
        foreach (var station in (JsonArray)response.Data!["stations"]!["nodes"]!)
        {
            var names = ((JsonArray)station!["projects"]!["nodes"]!).Select(p => Text(p!, "name")).Order(StringComparer.Ordinal);
            Assert.Equal(expected[Text(station, "name")].Order(StringComparer.Ordinal), names);
            Assert.Equal(expected[Text(station, "name")].Count(), station["projects"]!["totalCount"]!.GetValue<int>());
        }

        // stations page + one statement for every station's filtered projects
        Assert.Equal(2, response.SqlStatements);
    }

    [Fact]
    public async Task A_filtered_list_pages_and_counts_only_its_own_rows()
    {
        const string query = """
            query($where: StationFilterInput, $after: String) { stations(where: $where, first: 2, after: $after) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }
            """;
        var all = await NodesAsync(Stations, "stations", null);
        var where = new { name = new { neq = Text(all[0], "name") } };
        var expected = (await NodesAsync(Stations, "stations", where)).Select(s => Text(s, "name")).ToList();

        var walked = new List<string>();
        string? after = null;
        do
        {
            var page = (await hub.Client.QueryAsync(query, new { where, after }))["stations"]!;
            Assert.Equal(expected.Count, page["totalCount"]!.GetValue<int>());
            walked.AddRange(((JsonArray)page["nodes"]!).Select(s => Text(s!, "name")));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? Text(page["pageInfo"]!, "endCursor") : null;
        }
        while (after is not null);

        Assert.Equal(expected, walked);
    }

    [Fact]
    public async Task Operators_a_type_does_not_have_fail_validation()
    {
        var response = await hub.Client.PostAsync("""{ stations(where: { name: { gt: "a" } }) { totalCount } }""");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("""{ "name": { "gt": "a" } }""", "BAD_USER_INPUT")]
    [InlineData("""{ "nickname": { "eq": "a" } }""", "BAD_USER_INPUT")]
    [InlineData("""{ "staffCount": { "gt": null } }""", "BAD_USER_INPUT")]
    [InlineData("""{ "name": { "contains": "" } }""", "BAD_USER_INPUT")]
    [InlineData("""{ "id": { "eq": "not-an-id" } }""", "BAD_USER_INPUT")]
    [InlineData("""{ "region": { "within": "" } }""", "BAD_USER_INPUT")]
    public async Task Bad_filters_are_refused_with_a_code(string where, string code)
    {
        var response = await hub.Client.PostAsync(Stations, new { where = JsonNode.Parse(where) });
        Assert.Equal(code, response.FirstErrorCode);
        Assert.Null(response.Data?["stations"]);
    }

    [Fact]
    public async Task Filters_too_large_to_be_honest_are_refused()
    {
        var tooMany = Enumerable.Range(0, 501).Select(i => $"s{i}").ToArray();
        var wide = await hub.Client.PostAsync(Stations, new { where = new { name = new { @in = tooMany } } });
        Assert.Equal("QUERY_TOO_COMPLEX", wide.FirstErrorCode);

        JsonNode deep = new JsonObject { ["name"] = new JsonObject { ["eq"] = "x" } };
        for (var level = 0; level < 12; level++)
        {
            deep = new JsonObject { ["or"] = new JsonArray(deep) };
        }

        var nested = await hub.Client.PostAsync(Stations, new { where = deep });
        Assert.Equal("QUERY_TOO_COMPLEX", nested.FirstErrorCode);
    }

    private async Task AssertSelectsAsync(string query, string field, object where, List<JsonNode> all, Func<JsonNode, bool> expected)
    {
        var wanted = all.Where(expected).Select(n => Text(n, "id")).ToList();
        var data = await hub.Client.QueryAsync(query, new { where });
        var got = ((JsonArray)data[field]!["nodes"]!).Select(n => Text(n!, "id")).ToList();
        Assert.Equal(wanted.Order(StringComparer.Ordinal), got.Order(StringComparer.Ordinal));
        Assert.Equal(wanted.Count, data[field]!["totalCount"]!.GetValue<int>());
    }

    private async Task<List<JsonNode>> NodesAsync(string query, string field, object? where)
    {
        var data = await hub.Client.QueryAsync(query, new { where });
        return ((JsonArray)data[field]!["nodes"]!).Select(n => n!).ToList();
    }

    private static string Text(JsonNode node, string name) => node[name]!.GetValue<string>();

    private static decimal Number(JsonNode node, string name) => node[name]!.GetValue<decimal>();

    private static IEnumerable<string> Strings(JsonNode node, string name) => ((JsonArray)node[name]!).Select(v => v!.GetValue<string>());
}

public sealed class FilteringOnSqlite(SqliteDemoHub hub) : FilteringTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class FilteringOnMariaDb(MariaDbDemoHub hub) : FilteringTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;
