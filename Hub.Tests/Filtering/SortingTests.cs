using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Data.Model;
using Hub.Schema.Relay;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Filtering;

/// <summary>
/// <c>order</c> sorts in SQL by the keys listed, in list order, with the row id breaking ties; expected
/// orders are computed here from unsorted rows. Keys are numbers, dates, enums and codes, whose order does
/// not depend on a database's collation of Chinese text.
/// </summary>
public abstract class SortingTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Stations = """
        query($order: [StationSortInput!], $first: Int, $after: String) {
          stations(order: $order, first: $first, after: $after) { nodes { id kind staffCount district { code } } pageInfo { hasNextPage endCursor } }
        }
        """;

    [Fact]
    public async Task Descending_numbers_put_missing_values_last_and_break_ties_by_id()
    {
        var all = await StationsAsync(null);
        var expected = all.OrderByDescending(s => NullableNumber(s, "staffCount") ?? decimal.MinValue).ThenByDescending(DatabaseId).Select(Id);
        Assert.Equal(expected, (await StationsAsync(new[] { new { staffCount = "DESC" } })).Select(Id));
    }

    [Fact]
    public async Task Several_keys_apply_in_list_order()
    {
        var all = await StationsAsync(null);
        Assert.True(all.Select(s => s["kind"]!.GetValue<string>()).Distinct().Count() > 1, "the demo stations are of several kinds");
        var expected = all.OrderBy(s => Enum.Parse<StationKind>(s["kind"]!.GetValue<string>().Replace("_", "", StringComparison.Ordinal), ignoreCase: true))
            .ThenBy(s => NullableNumber(s, "staffCount") ?? decimal.MinValue)
            .ThenBy(DatabaseId)
            .Select(Id);
        Assert.Equal(expected, (await StationsAsync(new object[] { new { kind = "ASC" }, new { staffCount = "ASC" } })).Select(Id));
    }

    [Fact]
    public async Task A_related_rows_member_is_a_key()
    {
        var all = await StationsAsync(null);
        var expected = all.OrderBy(s => s["district"]?["code"]?.GetValue<string>() ?? "", StringComparer.Ordinal).ThenBy(DatabaseId).Select(Id);
        Assert.Equal(expected, (await StationsAsync(new[] { new { district = new { code = "ASC" } } })).Select(Id));
    }

    [Fact]
    public async Task Decimal_and_date_keys_sort_by_value()
    {
        var stations = (JsonArray)(await hub.Client.QueryAsync("""{ stations(first: 100, order: [{ floorAreaM2: DESC }]) { nodes { id floorAreaM2 } } }"""))["stations"]!["nodes"]!;
        var sized = stations.Select(s => s!).ToList();
        Assert.True(sized.Count(s => s["floorAreaM2"] is not null) > 1, "several demo stations state their floor area");
        var expected = sized.OrderByDescending(s => NullableNumber(s, "floorAreaM2") ?? decimal.MinValue).ThenByDescending(DatabaseId).Select(Id);
        Assert.Equal(expected, sized.Select(Id));

        var activities = ((JsonArray)(await hub.Client.QueryAsync("""{ activities(first: 100, order: [{ occurredOn: ASC }]) { nodes { id occurredOn } } }"""))["activities"]!["nodes"]!)
            .Select(a => a!).ToList();
        var days = activities.Select(a => a["occurredOn"] is { } day ? DateOnly.Parse(day.GetValue<string>(), CultureInfo.InvariantCulture) : DateOnly.MinValue).ToList();
        Assert.Equal(days.Order(), days);
    }

    [Fact]
    public async Task Pages_follow_the_requested_order()
    {
        var order = new object[] { new { kind = "DESC" }, new { staffCount = "ASC" } };
        var expected = (await StationsAsync(order)).Select(Id).ToList();
        var walked = new List<string>();
        string? after = null;
        do
        {
            var page = (await hub.Client.QueryAsync(Stations, new { order, first = 3, after }))["stations"]!;
            walked.AddRange(((JsonArray)page["nodes"]!).Select(s => Id(s!)));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.Equal(expected, walked);
    }

    [Fact]
    public async Task Nested_connections_sort_each_parent()
    {
        var data = await hub.Client.QueryAsync("""
            { regions(first: 100, where: { level: { eq: DISTRICT } }) { nodes { stations(first: 100, order: [{ staffCount: DESC }]) { nodes { id staffCount } } } } }
            """);
        var lists = ((JsonArray)data["regions"]!["nodes"]!).Select(r => ((JsonArray)r!["stations"]!["nodes"]!).Select(s => s!).ToList()).ToList();
        Assert.Contains(lists, list => list.Count > 1);
        foreach (var list in lists)
        {
            Assert.Equal(list.OrderByDescending(s => NullableNumber(s, "staffCount") ?? decimal.MinValue).ThenByDescending(DatabaseId).Select(Id), list.Select(Id));
        }
    }

    [Fact]
    public async Task An_item_with_two_keys_or_too_many_keys_is_refused()
    {
        var two = await hub.Client.PostAsync(Stations, new { order = new[] { new { kind = "ASC", staffCount = "DESC" } } });
        Assert.Equal("BAD_USER_INPUT", two.FirstErrorCode);
        Assert.Contains("exactly one", two.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);

        var six = await hub.Client.PostAsync(Stations, new { order = Enumerable.Repeat(new { kind = "ASC" }, 6) });
        Assert.Equal("QUERY_TOO_COMPLEX", six.FirstErrorCode);
    }

    private async Task<List<JsonNode>> StationsAsync(object? order) =>
        ((JsonArray)(await hub.Client.QueryAsync(Stations, new { order, first = 100 }))["stations"]!["nodes"]!).Select(s => s!).ToList();

    private static string Id(JsonNode node) => node["id"]!.GetValue<string>();

    private static int DatabaseId(JsonNode node) => GlobalId.TryParse(Id(node), out var id) ? id.Id : throw new InvalidOperationException($"{Id(node)} is not a global id.");

    private static decimal? NullableNumber(JsonNode node, string name) => node[name]?.GetValue<decimal>();
}

public sealed class SortingOnSqlite(SqliteDemoHub hub) : SortingTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class SortingOnMariaDb(MariaDbDemoHub hub) : SortingTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;
