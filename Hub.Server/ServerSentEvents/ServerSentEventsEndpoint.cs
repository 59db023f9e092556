using System.Text;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using Hub.Schema.Access;
using Hub.Schema.Errors;
using Hub.Server.Http;
using Hub.Server.Streaming;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Hub.Server.ServerSentEvents;

/// <summary>
/// GraphQL over Server-Sent Events, the protocol of the graphql-sse library (its PROTOCOL.md), in both modes:
/// <list type="bullet">
/// <item><b>Distinct connections</b>: a GET or POST that accepts <c>text/event-stream</c> and carries no token is
/// answered with an event stream of that one operation's results (<c>next</c> per result, then <c>complete</c>).</item>
/// <item><b>Single connection</b>: PUT reserves a stream and answers 201 with its token; a GET or POST with the token
/// that accepts <c>text/event-stream</c> opens it; operations POSTed (or, for queries, sent with GET) with the token
/// and <c>extensions.operationId</c> are answered 202 and send their results on the stream, tagged with the id;
/// DELETE <c>?operationId=</c> completes one.</item>
/// </list>
/// Requests that cannot be read are refused before any stream starts, with the status codes and JSON errors of
/// GraphQL over HTTP. Errors GraphQL itself finds before execution (parse, validation, limits, variables) travel
/// as a <c>next</c> event in distinct connections mode, as the protocol requires (a user agent fails an
/// EventSource on a 4xx and shows nothing of the body), and as a 400 answer to the operation request in single
/// connection mode, where that request is plain GraphQL over HTTP.
/// </summary>
internal sealed class ServerSentEventsEndpoint(
    EventStreamRegistry registry,
    IServiceScopeFactory scopes,
    IOptions<ServerSentEventsOptions> options,
    IOptions<GraphQLHttpOptions> httpOptions,
    ILogger<ServerSentEventsEndpoint> logger) : IEventStreamRequests
{
    public const string TokenHeader = "x-graphql-event-stream-token";
    public const string TokenQueryParameter = "token";
    private const string EventStreamMediaType = "text/event-stream";

    /// <summary>
    /// At <c>/graphql</c>, only distinct connections mode: a GET or POST that names <c>text/event-stream</c> and
    /// carries no token. Single connection mode (PUT reservations, token-tagged operations, DELETE) stays at this
    /// transport's own path, where plain JSON POSTs and other methods mean something else than at <c>/graphql</c>.
    /// </summary>
    public bool Claims(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsPost(request.Method)) && AcceptsEventStream(request) && TokenOf(request) is null;
    }

    public async Task HandleAsync(HttpContext context)
    {
        // Nothing here may be stored: tokens, results of one caller, errors.
        PublicListingCache.ForbidStorage(context);
        try
        {
            await DispatchAsync(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away, which is how it ends a stream.
        }
        catch (IOException) when (context.RequestAborted.IsCancellationRequested)
        {
            // Likewise, noticed while writing.
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            var code = ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? HubErrorCodes.PayloadTooLarge : HubErrorCodes.BadRequest;
            await GraphQLResponses.WriteFailureAsync(context, new GraphQLHttpFailure(ex.StatusCode, code, "The request could not be read: " + ex.Message));
        }
    }

    private Task DispatchAsync(HttpContext context)
    {
        var request = context.Request;
        var method = request.Method;
        var token = TokenOf(request);
        if (AcceptsEventStream(request) && (HttpMethods.IsGet(method) || HttpMethods.IsPost(method)))
        {
            return token is null ? RunDistinctAsync(context) : OpenReservedAsync(context, token);
        }

        if (HttpMethods.IsPut(method))
        {
            return ReserveAsync(context);
        }

        if (!HttpMethods.IsGet(method) && !HttpMethods.IsPost(method) && !HttpMethods.IsDelete(method))
        {
            return GraphQLResponses.WriteFailureAsync(context, new GraphQLHttpFailure(
                StatusCodes.Status405MethodNotAllowed,
                HubErrorCodes.MethodNotAllowed,
                $"The method {method} is not allowed here; use PUT to reserve a stream, GET or POST to open one or to run an operation on it, DELETE to complete an operation.",
                "GET, POST, PUT, DELETE"));
        }

        if (token is null)
        {
            return GraphQLResponses.WriteFailureAsync(context, new GraphQLHttpFailure(
                StatusCodes.Status401Unauthorized,
                HubErrorCodes.EventStreamTokenMissing,
                $"Send 'Accept: {EventStreamMediaType}' to receive this operation's results as an event stream of its own, or the token of a stream reserved with PUT (header '{TokenHeader}' or query parameter '{TokenQueryParameter}') to run it on that stream. Plain GraphQL over HTTP is served at /graphql."));
        }

        var stream = registry.Find(token, HubCaller.From(context.User));
        if (stream is null)
        {
            return GraphQLResponses.WriteFailureAsync(context, StreamNotFound());
        }

        return HttpMethods.IsDelete(method) ? CompleteOperationAsync(context, stream) : RunOnStreamAsync(context, stream);
    }

    /// <summary>Distinct connections mode: the request is the operation, the response its event stream.</summary>
    private async Task RunDistinctAsync(HttpContext context)
    {
        var read = await ReadOperationAsync(context);
        if (read is null)
        {
            return;
        }

        var events = new EventStream();
        await using var operation = new EventStreamOperation(null, events, scopes, options.Value.DeliveryWindow, logger, context.RequestAborted);
        // Started before the response, so that once a client sees the stream open its subscription is in place.
        var started = await operation.StartAsync(read, context.User, context.Connection.RemoteIpAddress, HttpMethods.IsGet(context.Request.Method));
        context.RequestAborted.ThrowIfCancellationRequested();
        if (IsMutationOverGet(started))
        {
            await GraphQLResponses.WriteFailureAsync(context, MutationOverGet());
            return;
        }

        _ = operation.Ended.ContinueWith(_ => events.End(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        operation.Deliver(started);
        await events.RunAsync(context, options.Value.KeepAliveInterval, context.RequestAborted);
    }

    /// <summary>Single connection mode, PUT: a reservation for the caller, answered with its token.</summary>
    private async Task ReserveAsync(HttpContext context)
    {
        if (!Accepts(context.Request, "text/plain"))
        {
            await GraphQLResponses.WriteFailureAsync(context, new GraphQLHttpFailure(
                StatusCodes.Status406NotAcceptable,
                HubErrorCodes.NotAcceptable,
                "A reservation is answered with its token as 'text/plain', which the Accept header does not allow."));
            return;
        }

        if (registry.IsStopping)
        {
            await GraphQLResponses.WriteFailureAsync(context, ShuttingDown());
            return;
        }

        var stream = registry.Reserve(HubCaller.From(context.User));
        context.Response.StatusCode = StatusCodes.Status201Created;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(stream.Token, Encoding.UTF8, context.RequestAborted);
    }

    /// <summary>Single connection mode: the connection that carries the results of every operation run with the token.</summary>
    private async Task OpenReservedAsync(HttpContext context, string token)
    {
        var stream = registry.Find(token, HubCaller.From(context.User));
        if (stream is null)
        {
            await GraphQLResponses.WriteFailureAsync(context, StreamNotFound());
            return;
        }

        if (!stream.TryOpen())
        {
            await GraphQLResponses.WriteFailureAsync(context, new GraphQLHttpFailure(
                StatusCodes.Status409Conflict,
                HubErrorCodes.EventStreamAlreadyOpen,
                "The stream of this token is already open; a reservation serves one connection at a time. Reserve another stream with PUT."));
            return;
        }

        try
        {
            if (registry.IsStopping)
            {
                stream.Drain();
            }

            await stream.Events.RunAsync(context, options.Value.KeepAliveInterval, context.RequestAborted);
        }
        finally
        {
            await registry.CloseAsync(stream);
        }
    }

    /// <summary>Single connection mode: an operation whose results go to the stream; the request itself is answered 202.</summary>
    private async Task RunOnStreamAsync(HttpContext context, ReservedEventStream stream)
    {
        if (GraphQLMediaTypes.Negotiate(context.Request) is null)
        {
            await GraphQLResponses.WriteFailureAsync(context, new GraphQLHttpFailure(
                StatusCodes.Status406NotAcceptable,
                HubErrorCodes.NotAcceptable,
                $"The Accept header allows neither '{EventStreamMediaType}' (to open the stream) nor '{GraphQLMediaTypes.Json}' (to run an operation on it)."));
            return;
        }

        var read = await ReadOperationAsync(context);
        if (read is null)
        {
            return;
        }

        var operationId = OperationIdOf(read);
        if (operationId is null)
        {
            await GraphQLResponses.WriteFailureAsync(context, GraphQLHttpFailure.BadRequest(
                "An operation on a single-connection stream needs a unique 'extensions.operationId' string, which tags its results on the stream."));
            return;
        }

        var operation = new EventStreamOperation(operationId, stream.Events, scopes, options.Value.DeliveryWindow, logger, stream.Closed);
        var admission = stream.TryAdd(operation, options.Value.MaxOperationsPerStream);
        if (admission != StreamAdmission.Added)
        {
            await operation.DisposeAsync();
            await GraphQLResponses.WriteFailureAsync(context, admission switch
            {
                StreamAdmission.DuplicateId => new GraphQLHttpFailure(
                    StatusCodes.Status409Conflict,
                    HubErrorCodes.OperationIdInUse,
                    $"An operation with the id '{operationId}' is already running on this stream; give each operation its own id."),
                StreamAdmission.TooMany => new GraphQLHttpFailure(
                    StatusCodes.Status429TooManyRequests,
                    HubErrorCodes.TooManyStreamOperations,
                    $"This stream already runs {options.Value.MaxOperationsPerStream} operations, the most one stream may run; complete some first."),
                StreamAdmission.ShuttingDown => ShuttingDown(),
                _ => StreamNotFound(),
            });
            return;
        }

        var started = await operation.StartAsync(read, context.User, context.Connection.RemoteIpAddress, HttpMethods.IsGet(context.Request.Method));
        if (IsMutationOverGet(started))
        {
            await operation.DisposeAsync();
            await GraphQLResponses.WriteFailureAsync(context, MutationOverGet());
            return;
        }

        if (started.FailedBeforeExecution)
        {
            // Refused before execution: a GraphQL-over-HTTP error response, and nothing on the stream.
            await operation.DisposeAsync();
            var result = started.Result!;
            var status = result.Errors?.Any(e => e is UnhandledError) == true || result.Errors?.Any(e => e.Code == HubErrorCodes.InternalServerError) == true
                ? StatusCodes.Status500InternalServerError
                : StatusCodes.Status400BadRequest;
            await GraphQLResponses.WriteAsync(context, result, status);
            return;
        }

        operation.Deliver(started);
        context.Response.StatusCode = StatusCodes.Status202Accepted;
    }

    /// <summary>Single connection mode, DELETE: completes the operation. Unknown ids are answered 200 too: the operation may have just completed by itself.</summary>
    private static Task CompleteOperationAsync(HttpContext context, ReservedEventStream stream)
    {
        var operationId = context.Request.Query["operationId"].ToString();
        if (string.IsNullOrEmpty(operationId))
        {
            return GraphQLResponses.WriteFailureAsync(context, GraphQLHttpFailure.BadRequest("Name the operation to complete in the query parameter 'operationId'."));
        }

        stream.Find(operationId)?.Complete();
        context.Response.StatusCode = StatusCodes.Status200OK;
        return Task.CompletedTask;
    }

    /// <summary>Reads one GraphQL request as GraphQL over HTTP does (same size limit and errors); null when a failure was written.</summary>
    private async Task<GraphQLRequest?> ReadOperationAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        var serializer = context.RequestServices.GetRequiredService<IGraphQLSerializer>();
        var reader = new GraphQLHttpRequestReader(serializer, httpOptions.Value, maxBatchSize: 1);
        var read = isGet ? reader.ReadQueryString(request.Query) : await reader.ReadBodyAsync(request, context.RequestAborted);
        if (read.Failure is { } failure)
        {
            await GraphQLResponses.WriteFailureAsync(context, failure);
            return null;
        }

        if (read.IsBatch)
        {
            await GraphQLResponses.WriteFailureAsync(context, GraphQLHttpFailure.BadRequest("Send one operation per request: batches are not carried over Server-Sent Events."));
            return null;
        }

        return read.Requests![0];
    }

    /// <summary>
    /// GraphQL over HTTP forbids mutations over GET; the runner's validation refuses them (whether the request gave
    /// the document's text or a trusted document's id), and the refusal is answered as over HTTP: 405, Allow: POST.
    /// </summary>
    private static bool IsMutationOverGet(StreamingOperation started) =>
        started.FailedBeforeExecution && started.Result?.Errors?.Any(e => e is MutationOverGetError) == true;

    private static GraphQLHttpFailure MutationOverGet() => new(
        StatusCodes.Status405MethodNotAllowed,
        HubErrorCodes.MethodNotAllowed,
        "Mutations cannot be sent with GET, which must be safe; send them with POST.",
        "POST");

    private static string? OperationIdOf(GraphQLRequest request) =>
        request.Extensions is { } extensions && extensions.TryGetValue("operationId", out var id) && id is string text && text.Length > 0 ? text : null;

    private static string? TokenOf(HttpRequest request)
    {
        var header = request.Headers[TokenHeader].ToString();
        if (!string.IsNullOrEmpty(header))
        {
            return header;
        }

        var query = request.Query[TokenQueryParameter].ToString();
        return string.IsNullOrEmpty(query) ? null : query;
    }

    /// <summary>Whether the client names <c>text/event-stream</c> in Accept; a wildcard does not ask for a stream.</summary>
    private static bool AcceptsEventStream(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var ranges)
        && GraphQLMediaTypes.Quality(ranges, EventStreamMediaType, out var named) > 0
        && named;

    private static bool Accepts(HttpRequest request, string mediaType)
    {
        var header = request.Headers.Accept;
        if (header.Count == 0 || string.IsNullOrWhiteSpace(header.ToString()) || !MediaTypeHeaderValue.TryParseList(header, out var ranges))
        {
            return true;
        }

        return GraphQLMediaTypes.Quality(ranges, mediaType, out _) > 0;
    }

    private static GraphQLHttpFailure StreamNotFound() => new(
        StatusCodes.Status404NotFound,
        HubErrorCodes.EventStreamNotFound,
        "No stream is reserved or open for this token: it expired, it closed, or it was reserved by another caller. Reserve a stream with PUT.");

    private static GraphQLHttpFailure ShuttingDown() => new(
        StatusCodes.Status503ServiceUnavailable,
        HubErrorCodes.ServerShuttingDown,
        "The server is shutting down; retry against another instance.");
}
