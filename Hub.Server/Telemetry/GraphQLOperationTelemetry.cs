using System.Diagnostics;
using GraphQL;
using GraphQL.DI;
using Hub.Data.Diagnostics;
using Hub.Server.Http;

namespace Hub.Server.Telemetry;

/// <summary>
/// Wraps every GraphQL execution, whatever the transport (HTTP, WebSocket, SSE), since they all run through the one
/// document executer: an activity of the <c>DataHub</c> source per operation, and the SQL statements it sent.
/// </summary>
/// <remarks>
/// A subscription's activity covers its subscribe step; each event later runs in a scope of its own, outside it.
/// The statements are read from the <see cref="SqlStatementCounter"/> of the operation's DI scope, the count that
/// <c>extensions.sqlStatements</c> reports in the tests, so the histogram and the N+1 tests measure the same thing.
/// </remarks>
internal sealed class GraphQLOperationTelemetry(HubMetrics metrics) : IConfigureExecution
{
    public const string ActivitySourceName = "DataHub";

    private static readonly ActivitySource Source = new(ActivitySourceName);

    // Before every option configuration (100) of GraphQL.NET, so that the activity encloses parsing and validation too.
    public float SortOrder => 0;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);

        // Named after the operation once it is known; a refused document keeps this name.
        using var activity = Source.StartActivity("graphql", ActivityKind.Internal);
        if (activity is not null && options.DocumentId is { } documentId)
        {
            activity.SetTag("graphql.document.id", documentId);
        }

        var result = await next(options);
        RefusedOperationCapture.Restore(options, result);

        var type = GraphQLOperationTypes.Of(result);
        if (activity is not null)
        {
            var name = result.Operation?.Name?.StringValue ?? options.OperationName;
            activity.DisplayName = name is null ? type : $"{type} {name}";
            activity.SetTag("graphql.operation.type", type);
            activity.SetTag("graphql.operation.name", name);
            if (result.Errors is { Count: > 0 } errors)
            {
                // The code the client will read: the transports classify GraphQL.NET's own codes after execution.
                activity.SetStatus(ActivityStatusCode.Error, GraphQLErrorClassifier.ClassOf(errors[0]) ?? errors[0].Code);
            }
        }

        if (result.Executed && options.RequestServices?.GetService<SqlStatementCounter>() is { } statements)
        {
            metrics.RecordSqlStatements(statements.Count, type);
        }

        return result;
    }
}
