using System.Net;
using System.Text.Json.Nodes;
using Hub.Schema.Errors;
using Hub.Server.Http.TrustedDocuments;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.TrustedDocuments;

/// <summary>Off (the default): free text runs; a document id is not found, since the server keeps no documents.</summary>
public sealed class TrustedDocumentsOffTests(SqliteEmptyHub hub) : IClassFixture<SqliteEmptyHub>
{
    [Fact]
    public async Task Free_text_runs_and_a_document_id_is_not_found()
    {
        using var http = hub.CreateHttpClient();
        Assert.Null((await http.SendAsync(new JsonObject { ["query"] = TrustedDocumentsHub.Indicators })).Errors);
        var byId = await http.SendAsync(new JsonObject { ["documentId"] = TrustedDocumentResolver.IdOf(TrustedDocumentsHub.Indicators) });
        Assert.Equal(HttpStatusCode.BadRequest, byId.Status);
        Assert.Equal(HubErrorCodes.PersistedDocumentNotFound, byId.FirstErrorCode);
    }
}

/// <summary>Allow: free text runs, and so do the manifest's documents by id (documentId or Apollo's persisted-query hash).</summary>
public sealed class TrustedDocumentsAllowTests(AllowTrustedDocumentsHub hub) : IClassFixture<AllowTrustedDocumentsHub>
{
    [Fact]
    public async Task Documents_run_by_id_and_free_text_still_runs()
    {
        using var http = hub.CreateHttpClient();
        var free = await http.SendAsync(new JsonObject { ["query"] = "{ indicators { code label } }" });
        Assert.Null(free.Errors);

        var byId = await http.SendAsync(new JsonObject { ["documentId"] = TrustedDocumentResolver.IdOf(TrustedDocumentsHub.Indicators) });
        Assert.Null(byId.Errors);
        Assert.Equal(((JsonArray)free.Data!["indicators"]!).Count, ((JsonArray)byId.Data!["indicators"]!).Count);

        var hash = TrustedDocumentResolver.IdOf(TrustedDocumentsHub.Regions)["sha256:".Length..];
        var apollo = await http.SendAsync(new JsonObject
        {
            ["variables"] = new JsonObject { ["first"] = 1 },
            ["extensions"] = new JsonObject { ["persistedQuery"] = new JsonObject { ["version"] = 1, ["sha256Hash"] = hash } },
        });
        Assert.Null(apollo.Errors);
        Assert.NotNull(apollo.Data!["regions"]!["totalCount"]);
    }

    [Fact]
    public async Task An_unknown_id_is_not_found_and_a_mismatched_text_is_refused()
    {
        using var http = hub.CreateHttpClient();
        var unknown = await http.SendAsync(new JsonObject { ["documentId"] = TrustedDocumentResolver.IdOf("{ stations { totalCount } }") });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Equal(HubErrorCodes.PersistedDocumentNotFound, unknown.FirstErrorCode);

        var mismatch = await http.SendAsync(new JsonObject
        {
            ["documentId"] = TrustedDocumentResolver.IdOf(TrustedDocumentsHub.Indicators),
            ["query"] = "{ stations { totalCount } }",
        });
        Assert.Equal(HubErrorCodes.BadRequest, mismatch.FirstErrorCode);
        Assert.Null(mismatch.Data);
    }
}

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
