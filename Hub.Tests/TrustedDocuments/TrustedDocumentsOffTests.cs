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
