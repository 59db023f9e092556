using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;
using Hub.Tests.Transport;
using static Hub.Tests.Limits.LimitAssertions;

namespace Hub.Tests.Limits;

/// <summary>The default limits let real clients through and speak the transport's media types.</summary>
public sealed class RequestLimitTests(SqliteDemoHub hub) : IClassFixture<SqliteDemoHub>
{
    [Fact]
    public async Task The_introspection_query_graphiql_sends_is_within_the_default_limits()
    {
        // Built by graphql-js, as GraphiQL and code generators build it: fifteen fields deep through ofType.
        await NodeClients.EnsureInstalledAsync();
        var query = await NodeClients.RunAsync(
            "node",
            ["--input-type=module", "-e", "import { getIntrospectionQuery } from 'graphql'; process.stdout.write(getIntrospectionQuery());"],
            TimeSpan.FromMinutes(1));

        var data = await hub.Client.QueryAsync(query);

        Assert.NotEmpty(data["__schema"]!["types"]!.AsArray());
    }

    [Fact]
    public async Task Nodes_takes_at_most_a_hundred_ids()
    {
        var ids = Enumerable.Range(0, 101).Select(i => $"x{i}").ToArray();

        var response = await hub.Client.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        // Refused by the field, once execution has begun: 200 with the error, as for any argument out of range.
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("LIST_TOO_LONG", response.FirstErrorCode);
        Assert.Contains("100", response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_is_200_for_legacy_application_json_clients_as_the_spec_requires()
    {
        var aliases = string.Concat(Enumerable.Range(0, 100).Select(i => $"a{i}: code "));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "{ indicators { " + aliases + "} }" }),
        };
        request.Headers.Accept.ParseAdd("application/json");

        using var response = await hub.Client.Http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("TOO_MANY_ALIASES", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task A_refusal_over_get_is_400_like_over_post()
    {
        var aliases = string.Concat(Enumerable.Range(0, 100).Select(i => $"a{i}: code "));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ indicators { " + aliases + "} }"));
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        using var response = await hub.Client.Http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("TOO_MANY_ALIASES", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        await AssertHealthyAsync(hub.Client);
    }
}
