using GraphQL.Transport;

namespace Hub.Server.Http.TrustedDocuments;

/// <summary>The request with its document filled in and allowed to run; or the code and message of its refusal.</summary>
public sealed record TrustedDocumentResolution(GraphQLRequest? Request, string? ErrorCode, string? Message)
{
    public bool Succeeded => Request is not null;

    public static TrustedDocumentResolution Refused(string code, string message) => new(null, code, message);
}
