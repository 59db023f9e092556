using System.Text.Json.Nodes;
using Hub.Tests.Infrastructure;
using Hub.Tests.Transport;

namespace Hub.Tests.Schema;

/// <summary>
/// Introspection at the October 2021 spec and later, as graphql-js asks for it (its full introspection query with
/// every option: repeatable directives, scalars' specifiedByURL, deprecated arguments and input fields, the
/// schema's description) and as graphql-js builds a schema from it, against the server on a real port; and as
/// GraphQL Code Generator turns it into TypeScript types that compile.
/// </summary>
public sealed class IntrospectionSpecTests(KestrelSqliteDemoHub hub) : IClassFixture<KestrelSqliteDemoHub>
{
    [Fact]
    public async Task Graphql_js_full_introspection_validates_and_builds_a_valid_schema()
    {
        var verdict = await IntrospectAsync();

        Assert.True(verdict["status"]!.GetValue<int>() == 200 && verdict["errors"]!.AsArray().Count == 0, verdict.ToJsonString());
        Assert.Empty(verdict["schemaErrors"]!.AsArray());
        Assert.StartsWith("DataHub", verdict["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(verdict["directives"]!["skip"]!["isRepeatable"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Every_custom_scalar_names_its_specification_and_the_hubs_own_pages_are_served()
    {
        var scalars = (await IntrospectAsync())["scalars"]!.AsObject();

        foreach (var builtIn in new[] { "String", "Int", "Float", "Boolean", "ID" })
        {
            Assert.Null(scalars[builtIn]);
        }

        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", scalars["DateTime"]!.GetValue<string>());
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc3339#section-5.6", scalars["DateOnly"]!.GetValue<string>());
        using var client = new HttpClient();
        foreach (var own in new[] { "Period", "Decimal" })
        {
            var url = new Uri(scalars[own]!.GetValue<string>());
            Assert.Equal(hub.BaseAddress.Authority, url.Authority);
            using var page = await client.GetAsync(url);
            Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("text/markdown", page.Content.Headers.ContentType!.MediaType);
            Assert.StartsWith($"# {own}", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var missing = await client.GetAsync(new Uri(hub.BaseAddress, "/scalars/NoSuchScalar"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        Assert.All(scalars, scalar => Assert.True(
            scalar.Key is "String" or "Int" or "Float" or "Boolean" or "ID" || scalar.Value is not null,
            $"the custom scalar {scalar.Key} names no specification"));
    }

    [Fact]
    public async Task Graphql_codegen_generates_types_for_the_dashboard_queries_that_compile_in_strict_typescript()
    {
        await NodeClients.EnsureInstalledAsync();
        var work = Directory.CreateTempSubdirectory("hub-codegen-");
        try
        {
            var json = await NodeClients.RunAsync(
                "node",
                ["codegen.mjs", new Uri(hub.BaseAddress, "/graphql").ToString(), Repository.PathOf("bench", "queries"), work.FullName],
                TimeSpan.FromMinutes(2));
            var verdict = JsonNode.Parse(json)!;

            var compile = verdict["compile"]!;
            Assert.True(compile["exitCode"]!.GetValue<int>() == 0, "tsc: " + compile["output"]!.GetValue<string>());
            var operations = verdict["operations"]!.AsArray().Select(o => o!.GetValue<string>()).ToList();
            Assert.Equal(verdict["documents"]!.GetValue<int>(), operations.Count);
            Assert.Contains("StationCardQuery", operations);
            Assert.Contains("ActivityFeedSubscription", operations);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private async Task<JsonNode> IntrospectAsync()
    {
        await NodeClients.EnsureInstalledAsync();
        var json = await NodeClients.RunAsync("node", ["introspect.mjs", new Uri(hub.BaseAddress, "/graphql").ToString()], TimeSpan.FromMinutes(1));
        return JsonNode.Parse(json) ?? throw new InvalidOperationException("introspect.mjs printed nothing");
    }
}
