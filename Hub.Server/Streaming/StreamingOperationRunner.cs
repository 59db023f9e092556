using System.Net;
using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using Hub.Schema.Limits;
using Hub.Schema.Mutation;
using Hub.Schema.Subscription;
using Hub.Server.Http;
using Hub.Server.Http.TrustedDocuments;
using Hub.Server.Telemetry;
using Microsoft.Extensions.Options;

namespace Hub.Server.Streaming;

/// <summary>
/// Starts one GraphQL operation for a transport that streams results (graphql-transport-ws, graphql-sse): the
/// same executer, limits, error codes and caller as GraphQL over HTTP, with every operation type allowed, since
/// these transports carry subscriptions as well as queries and mutations.
/// </summary>
internal sealed partial class StreamingOperationRunner(IOptions<HubLimitsOptions> limits, ILogger<StreamingOperationRunner> logger)
{
    /// <param name="request">The operation as the client sent it.</param>
    /// <param name="user">The caller, as authenticated when the connection (or stream) was opened.</param>
    /// <param name="services">A DI scope that lives as long as the operation.</param>
    /// <param name="window">Flow control between the feed and the transport's sending.</param>
    /// <param name="operationAborted">Fires when the client completes the operation or goes away.</param>
    /// <param name="isGet">The operation came with HTTP GET (an SSE stream), which must not carry a mutation.</param>
    /// <param name="clientAddress">Where the connection (or stream) came from, for the limit on refused anonymous writes; an operation run in process has none and is not limited.</param>
    /// <param name="transport">The transport's name in the request metrics (<see cref="HubMetrics.WebSocket"/>, <see cref="HubMetrics.ServerSentEvents"/>).</param>
    public async Task<StreamingOperation> StartAsync(
        GraphQLRequest request,
        ClaimsPrincipal user,
        IServiceProvider services,
        DeliveryWindow window,
        CancellationToken operationAborted,
        bool isGet = false,
        IPAddress? clientAddress = null,
        string transport = HubMetrics.InProcess)
    {
        ArgumentNullException.ThrowIfNull(request);
        var measurement = new GraphQLRequestMeasurement(services.GetService<HubMetrics>(), transport);
        // Trusted documents hold for every transport: in Enforce mode a socket or stream runs only the manifest's
        // documents, as HTTP does, and a documentId is filled in from it.
        if (services.GetService<TrustedDocumentResolver>()?.Resolve(request) is { } resolution)
        {
            if (!resolution.Succeeded)
            {
                measurement.Record();
                return new StreamingOperation(new ExecutionResult { Errors = [new ExecutionError(resolution.Message!) { Code = resolution.ErrorCode }] }, null, true);
            }

            request = resolution.Request!;
        }

        // A query or mutation must finish within the request time-out, like over HTTP, and so must a
        // subscription's subscribe step. Its events run later under tokens of their own (GraphQL.NET gives each
        // event's execution the token of the observer), so the deadline firing after the stream started ends nothing.
        var deadline = new RequestDeadline(limits.Value.RequestTimeout, operationAborted);
        var options = new ExecutionOptions
        {
            Query = request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            User = user,
            CancellationToken = deadline.Token,
        };
        if (isGet)
        {
            // Appended to, not instead of, the rules the schema's builder adds later in the pipeline (as over HTTP).
            options.ValidationRules = DocumentValidator.CoreRules.Append(new HttpOperationTypeValidationRule(isGet: true, carriesSubscriptions: true));
        }

        window.AttachTo(options);
        if (clientAddress is not null)
        {
            ClientAddress.Carry(options, clientAddress);
        }

        ExecutionResult result;
        try
        {
            var executer = services.GetRequiredService<IDocumentExecuter<ISchema>>();
            result = await executer.ExecuteAsync(options);
        }
        catch (Exception ex)
        {
            if (!(ex is OperationCanceledException && operationAborted.IsCancellationRequested))
            {
                // A time-out or a fault of the server's; an operation the client gave up on is not counted.
                measurement.Failed();
                measurement.Record();
            }

            deadline.Dispose();
            throw;
        }

        result.Errors = GraphQLErrorClassifier.Classify(result.Errors);
        foreach (var error in result.Errors?.OfType<UnhandledError>() ?? [])
        {
            LogServerFault(logger, error.InnerException ?? error);
            measurement.Failed();
        }

        measurement.Saw(result);
        measurement.Record();

        if (result.Streams is { Count: > 0 } streams)
        {
            operationAborted.Register(deadline.Dispose);
            return new StreamingOperation(null, streams.Values.Single(), false);
        }

        deadline.Dispose();
        return new StreamingOperation(result, null, !result.Executed);
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Error, Message = "A streamed GraphQL operation failed on the server")]
    private static partial void LogServerFault(ILogger logger, Exception exception);
}
