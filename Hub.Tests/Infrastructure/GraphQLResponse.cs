using System.Net;
using System.Text.Json.Nodes;

namespace Hub.Tests.Infrastructure;

public sealed record GraphQLResponse(HttpStatusCode Status, JsonObject Json, string Body)
{
    public JsonObject? Data => Json["data"] as JsonObject;

    public JsonArray? Errors => Json["errors"] as JsonArray;

    public int SqlStatements => Json["extensions"]?["sqlStatements"]?.GetValue<int>() ?? throw new InvalidOperationException("The response carries no sqlStatements extension.");

    public string? FirstErrorCode => Errors?[0]?["extensions"]?["code"]?.GetValue<string>();

    public override string ToString() => Body;
}
