using GraphQL;
using GraphQLParser.AST;

namespace Hub.Server.Telemetry;

/// <summary>The <c>graphql.operation.type</c> tag values, as the OpenTelemetry semantic conventions spell them.</summary>
internal static class GraphQLOperationTypes
{
    /// <summary>Several operations in one HTTP request: no single type speaks for them.</summary>
    public const string Batch = "batch";

    /// <summary>Refused before the document was parsed, or naming no operation that it has.</summary>
    public const string Unknown = "unknown";

    public const string Query = "query";

    public static string Of(ExecutionResult? result) => result?.Operation?.Operation switch
    {
        OperationType.Query => Query,
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => Unknown,
    };
}
