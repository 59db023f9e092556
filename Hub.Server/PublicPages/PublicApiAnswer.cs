using System.Text.Json.Nodes;

namespace Hub.Server.PublicPages;

/// <summary>What the GraphQL API answered a page's document: its <c>data</c> and the codes of its errors.</summary>
internal sealed record PublicApiAnswer(JsonObject? Data, IReadOnlyList<string> ErrorCodes)
{
    /// <summary>The database was away: the page says so (503) instead of showing an empty listing.</summary>
    public bool Unavailable => ErrorCodes.Contains(Hub.Schema.Errors.HubErrorCodes.ServiceUnavailable);
}
