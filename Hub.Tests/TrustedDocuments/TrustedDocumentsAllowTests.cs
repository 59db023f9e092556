using System.Net;
using System.Text.Json.Nodes;
using Hub.Schema.Errors;
using Hub.Server.Http.TrustedDocuments;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.TrustedDocuments;

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
