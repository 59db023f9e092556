using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Hub.Data;
using Hub.Schema.Access;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Answers;

/// <summary>
/// Whole answers are kept and given again while nothing changed, and never after a change, on either database: a
/// repeated query costs the one statement that reads the data version; a write through the API, or through another
/// hub instance on the same database, makes the next answer a fresh one; one caller's answer never reaches another;
/// errors are not kept; and the public listing keeps one HTTP tag whether it was executed or kept.
/// </summary>
public abstract class AnswerCacheTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string StationNames = "query($first: Int!) { stations(first: $first) { nodes { id name region { name } } } }";

    private const string Restricted = """
        query($id: ID!) { node(id: $id) { ... on Station { indicators(period: "2019", codes: ["marginal_subsistence_people"]) { value suppressed } } } }
        """;

    [Fact]
    public async Task A_repeated_query_is_answered_from_memory_with_the_same_answer()
    {
        var executed = await hub.Client.PostAsync(StationNames, new { first = 7 });
        var kept = await hub.Client.PostAsync(StationNames, new { first = 7 });

        Assert.Equal(HttpStatusCode.OK, kept.Status);
        Assert.Equal(executed.Data!.ToJsonString(), kept.Data!.ToJsonString());
        Assert.True(executed.SqlStatements > 1, executed.Body);
        Assert.Equal(1, kept.SqlStatements);

        // A client that asks for a fresh answer (a hard reload) gets it executed.
        var fresh = await hub.Client.PostExecutedAsync(StationNames, new { first = 7 });
        Assert.Equal(executed.Data!.ToJsonString(), fresh.Data!.ToJsonString());
        Assert.Equal(executed.SqlStatements - 1, fresh.SqlStatements);

        // Other variables are another answer.
        var other = await hub.Client.PostAsync(StationNames, new { first = 6 });
        Assert.Equal(6, other.Data!["stations"]!["nodes"]!.AsArray().Count);
        Assert.True(other.SqlStatements > 1, other.Body);
    }

    [Fact]
    public async Task A_write_through_the_api_makes_the_next_answer_a_fresh_one()
    {
        const string Query = "query($first: Int!) { stations(first: $first) { nodes { id name } } }";
        var first = (await hub.Client.PostAsync(Query, new { first = 3 })).Data!["stations"]!["nodes"]![2]!;
        await hub.Client.PostAsync(Query, new { first = 3 });
        var id = first["id"]!.GetValue<string>();
        var name = first["name"]!.GetValue<string>();

        await RenameAsync(hub.Admin, id, name + "（改）");
        try
        {
            var fresh = await hub.Client.PostAsync(Query, new { first = 3 });
            Assert.Equal(name + "（改）", fresh.Data!["stations"]!["nodes"]![2]!["name"]!.GetValue<string>());
            Assert.True(fresh.SqlStatements > 1, fresh.Body);
        }
        finally
        {
            await RenameAsync(hub.Admin, id, name);
        }

        Assert.Equal(name, (await hub.Client.PostAsync(Query, new { first = 3 })).Data!["stations"]!["nodes"]![2]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_write_through_another_instance_on_the_same_database_is_seen_at_once()
    {
        const string Query = "query($first: Int!) { stations(first: $first) { nodes { id name } } }";
        var station = (await hub.Client.PostAsync(Query, new { first = 4 })).Data!["stations"]!["nodes"]![3]!;
        Assert.Equal(1, (await hub.Client.PostAsync(Query, new { first = 4 })).SqlStatements);
        var id = station["id"]!.GetValue<string>();
        var name = station["name"]!.GetValue<string>();

        await using var other = new HubApplication(hub.Kind == DatabaseKind.Sqlite ? DatabaseProvider.Sqlite : DatabaseProvider.MySql, hub.Database.ConnectionString, seedDemoData: false);
        using var otherHttp = other.CreateClient();
        otherHttp.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(HubRole.Admin, "test-admin", null, null));
        await RenameAsync(new GraphQLClient(otherHttp), id, name + "（另一实例）");
        try
        {
            var seen = await hub.Client.PostAsync(Query, new { first = 4 });
            Assert.Equal(name + "（另一实例）", seen.Data!["stations"]!["nodes"]![3]!["name"]!.GetValue<string>());
        }
        finally
        {
            await RenameAsync(hub.Admin, id, name);
        }
    }

    [Fact]
    public async Task One_callers_answer_never_reaches_another()
    {
        var station = (await hub.Client.QueryAsync("{ stations(first: 1) { nodes { id } } }"))["stations"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var submitted = await hub.Admin.QueryAsync(
            "mutation($rows: [ObservationInput!]!) { submitObservations(input: { observations: $rows }) { errors { message } } }",
            new { rows = new[] { new { stationId = station, indicator = "marginal_subsistence_people", period = "2019", value = 3m } } });
        Assert.Empty(submitted["submitObservations"]!["errors"]!.AsArray());

        // The operator sees the figure; the public, asking the same document with the same variables right after,
        // gets it suppressed (one station's restricted figure), and so on in either order.
        for (var round = 0; round < 2; round++)
        {
            var admin = (await hub.Admin.PostAsync(Restricted, new { id = station })).Data!["node"]!["indicators"]![0]!;
            Assert.Equal(3m, admin["value"]!.GetValue<decimal>());
            var anonymous = await hub.Client.PostAsync(Restricted, new { id = station });
            var cell = anonymous.Data!["node"]!["indicators"]![0]!;
            Assert.True(cell["suppressed"]!.GetValue<bool>(), anonymous.Body);
            Assert.Null(cell["value"]);
        }
    }

    [Fact]
    public async Task An_answer_with_errors_is_executed_every_time()
    {
        // The stations are read, the audit log is refused to the public: an answer with an error, executed each time
        // (a kept answer would cost the version read alone).
        const string PartlyRefused = "{ stations(first: 2) { nodes { name } } auditLog(first: 1) { nodes { id } } }";
        var first = await hub.Client.PostAsync(PartlyRefused);
        var second = await hub.Client.PostAsync(PartlyRefused);

        Assert.NotNull(first.FirstErrorCode);
        Assert.Equal(first.FirstErrorCode, second.FirstErrorCode);
        Assert.Equal(first.SqlStatements, second.SqlStatements);
        Assert.True(second.SqlStatements > 1, second.Body);
    }

    [Fact]
    public async Task The_public_listing_keeps_one_tag_whether_executed_or_kept()
    {
        const string Listing = "{ publicProjects(first: 3) { totalCount nodes { id name } } }";
        using var executed = await hub.Client.Http.SendAsync(Get(Listing, null));
        using var kept = await hub.Client.Http.SendAsync(Get(Listing, null));
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal(executed.Headers.ETag!.Tag, kept.Headers.ETag!.Tag);
        Assert.StartsWith("public", kept.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"sqlStatements\":1", await kept.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var held = await hub.Client.Http.SendAsync(Get(Listing, executed.Headers.ETag!.Tag));
        Assert.Equal(HttpStatusCode.NotModified, held.StatusCode);
    }

    private static async Task RenameAsync(GraphQLClient client, string id, string name)
    {
        var payload = (await client.QueryAsync(
            "mutation($input: UpdateStationInput!) { updateStation(input: $input) { errors { field code message } } }",
            new { input = new { id, name } }))["updateStation"]!;
        Assert.Empty(payload["errors"]!.AsArray());
    }

    private static HttpRequestMessage Get(string query, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (etag is not null)
        {
            request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag));
        }

        return request;
    }
}

public sealed class AnswerCacheOnSqlite(SqliteDemoHub hub) : AnswerCacheTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class AnswerCacheOnMariaDb(MariaDbDemoHub hub) : AnswerCacheTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;
