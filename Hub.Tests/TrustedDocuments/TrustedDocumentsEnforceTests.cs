using System.Net;
using System.Security.Claims;
using System.Text.Json.Nodes;
using GraphQL.Transport;
using Hub.Schema.Errors;
using Hub.Schema.Subscription;
using Hub.Server.Http.TrustedDocuments;
using Hub.Server.Streaming;
using Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.TrustedDocuments;

/// <summary>Enforce: only the manifest's documents run, by id or as their exact text; any other text is refused before it is parsed.</summary>
public sealed class TrustedDocumentsEnforceTests(EnforceTrustedDocumentsHub hub) : IClassFixture<EnforceTrustedDocumentsHub>
{
    [Fact]
    public async Task Free_text_not_in_the_manifest_is_refused()
    {
        using var http = hub.CreateHttpClient();
        var refused = await http.SendAsync(new JsonObject { ["query"] = "{ indicators { code label } }" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(HubErrorCodes.TrustedDocumentRequired, refused.FirstErrorCode);
        Assert.Null(refused.Data);

        var viaGet = await http.GetWithQueryStringAsync("query=" + Uri.EscapeDataString("{ __typename }"));
        Assert.Equal(HubErrorCodes.TrustedDocumentRequired, viaGet.FirstErrorCode);

        var batch = await http.SendAsync(new JsonArray
        {
            new JsonObject { ["documentId"] = TrustedDocumentResolver.IdOf(TrustedDocumentsHub.Indicators) },
            new JsonObject { ["query"] = "{ __schema { types { name } } }" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, batch.Status);
        Assert.Equal(HubErrorCodes.TrustedDocumentRequired, batch.FirstErrorCode);
    }

    [Fact]
    public async Task Sockets_and_event_streams_run_only_registered_documents_too()
    {
        // Both streaming transports start every operation through this runner.
        await using var scope = hub.CreateScope();
        var runner = scope.ServiceProvider.GetRequiredService<StreamingOperationRunner>();
        using var window = new DeliveryWindow(1);
        async Task<StreamingOperation> StartAsync(GraphQLRequest request) =>
            await runner.StartAsync(request, new ClaimsPrincipal(), scope.ServiceProvider, window, CancellationToken.None);

        var refused = await StartAsync(new GraphQLRequest { Query = "subscription { activityRecorded { title } }" });
        Assert.True(refused.FailedBeforeExecution);
        Assert.Equal(HubErrorCodes.TrustedDocumentRequired, refused.Result!.Errors!.Single().Code);

        var byId = await StartAsync(new GraphQLRequest { DocumentId = TrustedDocumentResolver.IdOf(TrustedDocumentsHub.Indicators) });
        Assert.False(byId.FailedBeforeExecution);
        Assert.Null(byId.Result!.Errors);
    }

    [Fact]
    public async Task A_registered_mutation_named_by_its_id_is_refused_over_get_on_the_event_stream()
    {
        using var http = hub.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/stream?documentId=" + Uri.EscapeDataString(TrustedDocumentResolver.IdOf(TrustedDocumentsHub.Record)));
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Registered_documents_run_by_id_over_post_and_get_or_as_their_exact_text()
    {
        using var http = hub.CreateHttpClient();
        var id = TrustedDocumentResolver.IdOf(TrustedDocumentsHub.Regions);
        var byId = await http.SendAsync(new JsonObject { ["documentId"] = id, ["variables"] = new JsonObject { ["first"] = 2 } });
        Assert.Null(byId.Errors);
        Assert.NotNull(byId.Data!["regions"]);

        var viaGet = await http.GetWithQueryStringAsync("documentId=" + Uri.EscapeDataString(TrustedDocumentResolver.IdOf(TrustedDocumentsHub.Indicators)));
        Assert.Null(viaGet.Errors);
        Assert.NotEmpty((JsonArray)viaGet.Data!["indicators"]!);

        Assert.Null((await http.SendAsync(new JsonObject { ["query"] = TrustedDocumentsHub.Indicators })).Errors);

        var unknown = await http.SendAsync(new JsonObject { ["documentId"] = "sha256:" + new string('0', 64) });
        Assert.Equal(HubErrorCodes.PersistedDocumentNotFound, unknown.FirstErrorCode);
    }

    [Fact]
    public void A_manifest_whose_ids_do_not_match_their_documents_stops_the_server()
    {
        var path = Path.Combine(Path.GetTempPath(), $"datahub-bad-manifest-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{ \"sha256:" + new string('a', 64) + "\": \"{ indicators { code } }\" }");
        try
        {
            var ex = Assert.Throws<InvalidOperationException>(() => TrustedDocumentResolver.Load(new TrustedDocumentOptions { Mode = TrustedDocumentMode.Enforce, ManifestPath = path }));
            Assert.Contains("not the SHA-256", ex.Message, StringComparison.Ordinal);
            Assert.Throws<InvalidOperationException>(() => TrustedDocumentResolver.Load(new TrustedDocumentOptions { Mode = TrustedDocumentMode.Allow }));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
