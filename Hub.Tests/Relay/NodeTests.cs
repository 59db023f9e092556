using System.Text.Json.Nodes;
using Hub.Schema.Relay;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Relay;

/// <summary><c>node</c> and <c>nodes</c> resolve every node type by its opaque id, batched per type.</summary>
public abstract class NodeTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    [Fact]
    public async Task Nodes_resolves_one_id_of_every_type_with_one_statement_per_type()
    {
        var data = await hub.Client.QueryAsync("""
            {
              stations(first: 100) {
                nodes {
                  __typename id region { __typename id } operator { __typename id } brands { __typename id }
                  projects(first: 5) { nodes { __typename id } } partners { __typename id } contributions { __typename id }
                  volunteerTeams { __typename id } communityFunds { __typename id } awards { __typename id } mediaReports { __typename id }
                  activities(first: 5) { nodes { __typename id } }
                }
              }
            }
            """);
        var oneOfEach = Objects(data).Where(o => o["__typename"] is not null && o["id"] is not null)
            .GroupBy(o => o["__typename"]!.GetValue<string>())
            .ToDictionary(g => g.Key, g => g.First()["id"]!.GetValue<string>());
        Assert.Equal(
            ["Activity", "Award", "Brand", "CommunityFund", "Contribution", "MediaReport", "Organization", "Project", "Region", "ResourcePartner", "Station", "VolunteerTeam"],
            oneOfEach.Keys.Order(StringComparer.Ordinal));

        var ids = oneOfEach.Values.ToList();
        var response = await hub.Client.PostExecutedAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", new { ids });
        Assert.Null(response.Errors);
        var resolved = ((JsonArray)response.Data!["nodes"]!).Select(n => (n!["__typename"]!.GetValue<string>(), n["id"]!.GetValue<string>()));
        Assert.Equal(oneOfEach.Select(pair => (pair.Key, pair.Value)), resolved);
        Assert.Equal(oneOfEach.Count, response.SqlStatements);

        foreach (var (type, id) in oneOfEach)
        {
            var single = await hub.Client.QueryAsync("query($id: ID!) { node(id: $id) { __typename id } }", new { id });
            Assert.Equal(type, single["node"]!["__typename"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task A_well_formed_id_of_a_missing_row_is_null_with_NOT_FOUND_and_a_foreign_id_is_refused()
    {
        var missing = GlobalId.Of("Station", 987654);
        var response = await hub.Client.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id = missing });
        Assert.Null(response.Data!["node"]);
        Assert.Equal("NOT_FOUND", response.FirstErrorCode);

        var foreign = await hub.Client.PostAsync("""{ node(id: "not-ours") { id } }""");
        Assert.Equal("BAD_USER_INPUT", foreign.FirstErrorCode);
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.SelectMany(pair => Objects(pair.Value))),
        JsonArray a => a.SelectMany(Objects),
        _ => [],
    };
}

public sealed class NodeOnSqlite(SqliteDemoHub hub) : NodeTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class NodeOnMariaDb(MariaDbDemoHub hub) : NodeTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;
