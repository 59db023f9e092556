using Hub.Data.Diagnostics;
using Hub.Data.Indicators;
using Hub.Schema.Diagnostics;
using Hub.Schema.Execution;
using Hub.Server.Answers;
using Hub.Schema.Errors;
using Hub.Schema.Mutation;
using Hub.Schema.Limits;
using Hub.Schema.Scalars;
using Hub.Server.Http.TrustedDocuments;
using Hub.Server.Telemetry;
using System.Text;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Hub.Server.Http;

/// <summary>
/// GraphQL over HTTP (graphql/graphql-over-http): POST with a JSON body (or a multipart body of the GraphQL
/// multipart request spec, for file uploads), GET with query-string parameters for queries, <c>application/graphql-response+json</c> or <c>application/json</c> responses with the status
/// codes the spec gives each.
/// </summary>
internal sealed partial class GraphQLHttpEndpoint(
    IOptions<GraphQLHttpOptions> options,
    IOptions<HubLimitsOptions> limitsOptions,
    IOptions<PublicListingCacheOptions> listingCacheOptions,
    IOptions<GraphQLUploadOptions> uploadOptions,
    ILogger<GraphQLHttpEndpoint> logger,
    IEventStreamRequests? eventStreams = null)
{
    private const string ServerFaultMessage = "The server could not process the request. The fault has been logged; please try again later.";

    // Written by hand so a fault in the GraphQL serializer itself still produces a well-formed answer.
    private static readonly byte[] ServerFaultBody = Encoding.UTF8.GetBytes(
        $$$"""{"errors":[{"message":"{{{ServerFaultMessage}}}","extensions":{"code":"{{{HubErrorCodes.InternalServerError}}}"}}]}""");

    public async Task HandleAsync(HttpContext context)
    {
        if (eventStreams is not null && eventStreams.Claims(context.Request))
        {
            await eventStreams.HandleAsync(context);
            return;
        }

        var limits = limitsOptions.Value;
        var measurement = new GraphQLRequestMeasurement(context.RequestServices.GetService<HubMetrics>(), HubMetrics.Http);

        // One deadline for the whole HTTP request, a batch included: reading the body, every operation, and the
        // database commands they send, which observe the token and are cancelled on the server when it fires.
        using var deadline = new RequestDeadline(limits.RequestTimeout, context.RequestAborted);
        try
        {
            await HandleRequestAsync(context, deadline, measurement);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer, and nothing to count.
            return;
        }
        catch (OperationCanceledException) when (deadline.HasPassed)
        {
            await WriteFailureIfPossibleAsync(context, TimedOut(limits));
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's own refusals (a body over its limit, a broken chunked encoding) are client mistakes.
            var code = ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? HubErrorCodes.PayloadTooLarge
                : HubErrorCodes.BadRequest;
            await WriteFailureIfPossibleAsync(context, new GraphQLHttpFailure(ex.StatusCode, code, "The request could not be read: " + ex.Message));
        }
        catch (Exception ex)
        {
            LogServerFault(logger, context.TraceIdentifier, ex);
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await WriteServerFaultAsync(context);
            }
        }

        measurement.Record(context.Response.StatusCode);
    }

    /// <remarks>
    /// 408 Request Timeout for both media types. The issue asks for a 4xx for every limit, and 408 is the 4xx that
    /// says "took too long" (504 would blame a gateway, 503 an overloaded server). It is not the spec's "200 for
    /// application/json": a request cut off midway has no GraphQL response to give, so it is refused like a request
    /// that could not be read, with one error even for a batch, whose earlier results are dropped.
    /// </remarks>
    private static GraphQLHttpFailure TimedOut(HubLimitsOptions limits) => new(
        StatusCodes.Status408RequestTimeout,
        HubErrorCodes.RequestTimeout,
        $"The request did not finish within the time limit of {limits.RequestTimeout.TotalSeconds:0.###} seconds and was cancelled; ask for less, or split it into smaller requests.");

    private static async Task WriteServerFaultAsync(HttpContext context)
    {
        // Written by hand, past the serializer that counts the other errors.
        context.RequestServices.GetService<HubMetrics>()?.RecordError(HubErrorCodes.InternalServerError);
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        context.Response.ContentType = (GraphQLMediaTypes.Negotiate(context.Request) ?? GraphQLMediaTypes.Json) + "; charset=utf-8";
        await context.Response.Body.WriteAsync(ServerFaultBody, context.RequestAborted);
    }

    private async Task HandleRequestAsync(HttpContext context, RequestDeadline deadline, GraphQLRequestMeasurement measurement)
    {
        var request = context.Request;
        var settings = options.Value;
        var isGet = HttpMethods.IsGet(request.Method);
        var isPost = HttpMethods.IsPost(request.Method);
        var mediaType = GraphQLMediaTypes.Negotiate(request);
        context.Response.Headers.Vary = HeaderNames.Accept;
        PublicListingCache.ForbidStorage(context);

        if (!isPost && !(isGet && settings.AllowGet))
        {
            var allow = settings.AllowGet ? "GET, POST" : "POST";
            await GraphQLResponses.WriteFailureAsync(context, new GraphQLHttpFailure(
                StatusCodes.Status405MethodNotAllowed,
                HubErrorCodes.MethodNotAllowed,
                $"The method {request.Method} is not allowed here; use {(settings.AllowGet ? "GET for queries or POST" : "POST")}.",
                allow), mediaType);
            return;
        }

        if (mediaType is null)
        {
            await GraphQLResponses.WriteFailureAsync(context, new GraphQLHttpFailure(
                StatusCodes.Status406NotAcceptable,
                HubErrorCodes.NotAcceptable,
                $"The Accept header allows neither '{GraphQLMediaTypes.GraphQLResponseJson}' nor '{GraphQLMediaTypes.Json}'."), GraphQLMediaTypes.Json);
            return;
        }

        var services = context.RequestServices;
        var serializer = services.GetRequiredService<IGraphQLSerializer>();
        var reader = new GraphQLHttpRequestReader(serializer, settings, limitsOptions.Value.MaxOperationsPerBatch, uploadOptions.Value);
        var read = isGet
            ? reader.ReadQueryString(request.Query)
            : await reader.ReadBodyAsync(request, deadline.Token);
        if (read.Failure is not null)
        {
            await GraphQLResponses.WriteFailureAsync(context, read.Failure, mediaType);
            return;
        }

        var requests = read.Requests!.ToList();
        var trusted = services.GetService<TrustedDocumentResolver>();
        for (var i = 0; trusted is not null && i < requests.Count; i++)
        {
            // One refused document refuses a batch whole, as one malformed request does.
            var resolution = trusted.Resolve(requests[i]);
            if (!resolution.Succeeded)
            {
                var position = read.IsBatch ? $"Request {i + 1} of the batch: " : "";
                await GraphQLResponses.WriteFailureAsync(context, new GraphQLHttpFailure(StatusCodes.Status400BadRequest, resolution.ErrorCode!, position + resolution.Message), mediaType);
                return;
            }

            requests[i] = resolution.Request!;
        }

        if (read.IsBatch)
        {
            await HandleBatchAsync(context, serializer, requests, mediaType, deadline, measurement);
            return;
        }

        var answers = services.GetService<AnswerCache>();
        var lookup = answers is { Enabled: true } ? await LookUpAsync(answers, context, requests[0], deadline) : null;
        measurement.Looked(lookup);
        if (lookup?.Hit is { } kept)
        {
            await services.GetRequiredService<RequestConnection>().ReleaseAsync();
            services.GetService<HubMetrics>()?.RecordSqlStatements(services.GetService<SqlStatementCounter>()?.Count ?? 0, GraphQLOperationTypes.Query);
            await WriteAnswerAsync(context, kept, StatementsOf(services), serializer, mediaType);
            return;
        }

        var result = await ExecuteAsync(context, context.RequestServices, requests[0], isGet, deadline, logger);
        // A document refused before execution never reached the listener that gives the version read's hold back.
        if (services.GetService<RequestConnection>() is { } connection)
        {
            await connection.ReleaseAsync();
        }

        measurement.Saw(result);
        if (result.Errors?.OfType<RateLimitedError>().FirstOrDefault() is { } limited)
        {
            // Answered as the rate limiter answers a request over its allowance, so a client handles both alike.
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(limited.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await GraphQLResponses.WriteFailureAsync(context, new GraphQLHttpFailure(StatusCodes.Status429TooManyRequests, HubErrorCodes.RateLimited, limited.Message), mediaType);
            return;
        }

        if (result.Errors?.Any(e => e.Code == HubErrorCodes.ServiceUnavailable) == true)
        {
            // The database went away under this request: the breaker answers the next ones at once.
            context.RequestServices.GetRequiredService<DatabaseAvailability>().ReportUnreachable();
            context.Response.Headers.RetryAfter = DatabaseAvailability.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await GraphQLResponses.WriteAsync(context, result, StatusCodes.Status503ServiceUnavailable, mediaType);
            return;
        }

        var (status, allowHeader) = StatusFor(result, mediaType);
        if (status == StatusCodes.Status500InternalServerError)
        {
            await WriteServerFaultAsync(context);
            return;
        }

        if (allowHeader is not null)
        {
            context.Response.Headers.Allow = allowHeader;
        }

        if (status == StatusCodes.Status200OK && lookup is not null && await answers!.KeepAsync(lookup, requests[0], result, context, serializer) is { } answer)
        {
            await WriteAnswerAsync(context, answer, result.Extensions, serializer, mediaType);
            return;
        }

        if (status == StatusCodes.Status200OK && PublicListingCache.IsCacheable(context, requests[0], result))
        {
            var body = await AnswerBody.SerializeAsync(result, serializer, context.RequestAborted);
            await new PublicListingCache(listingCacheOptions).WriteAsync(context, body, await AnswerBody.WithAsync(body, result.Extensions, serializer, context.RequestAborted), mediaType);
            return;
        }

        await GraphQLResponses.WriteAsync(context, result, status, mediaType);
    }

    /// <summary>
    /// The request's look into the answer cache. A database that cannot be asked for the data version is left to the
    /// execution, which reports it as every query does (503 and the breaker); the cache is skipped for that request.
    /// </summary>
    private async Task<AnswerLookup?> LookUpAsync(AnswerCache answers, HttpContext context, GraphQLRequest request, RequestDeadline deadline)
    {
        try
        {
            // The version is read on the connection the query will go on using (one pool reset, not two).
            await context.RequestServices.GetRequiredService<RequestConnection>().HoldAsync(deadline.Token);
            return await answers.LookupAsync(context, request, context.RequestServices.GetRequiredService<RollupVersions>(), deadline.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogAnswerLookupFailed(logger, context.TraceIdentifier, ex);
            return null;
        }
    }

    /// <summary>The statement count this request reports, when diagnostics report it: a kept answer's is the version read alone.</summary>
    private static Dictionary<string, object?>? StatementsOf(IServiceProvider services) =>
        services.GetRequiredService<IOptions<HubDiagnosticsOptions>>().Value.ReportSqlStatements && services.GetService<SqlStatementCounter>() is { } counter
            ? new Dictionary<string, object?> { [AnswerBody.StatementsExtension] = counter.Count }
            : null;

    private async Task WriteAnswerAsync(HttpContext context, CachedAnswer answer, IReadOnlyDictionary<string, object?>? extensions, IGraphQLSerializer serializer, string mediaType)
    {
        var body = await AnswerBody.WithAsync(answer.Body, extensions, serializer, context.RequestAborted);
        if (answer.Shared)
        {
            await new PublicListingCache(listingCacheOptions).WriteAsync(context, answer.Body, body, mediaType);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>
    /// Runs the requests of a batch one after another, each in a DI scope of its own as if it had come alone (its
    /// own DbContext, DataLoader caches and statement count), and answers 200 with their results in order, each with its own errors: one status cannot speak for
    /// several results, and the spec, which knows no batches, gives no other.
    /// </summary>
    private async Task HandleBatchAsync(
        HttpContext context,
        IGraphQLSerializer serializer,
        List<GraphQLRequest> requests,
        string mediaType,
        RequestDeadline deadline,
        GraphQLRequestMeasurement measurement)
    {
        var results = new List<ExecutionResult>(requests.Count);
        foreach (var request in requests)
        {
            await using var scope = context.RequestServices.CreateAsyncScope();
            var result = await ExecuteAsync(context, scope.ServiceProvider, request, isGet: false, deadline, logger);
            measurement.Saw(result);
            results.Add(result.Errors?.Any(e => e is UnhandledError) == true && !result.Executed
                ? new ExecutionResult { Errors = [new ExecutionError(ServerFaultMessage) { Code = HubErrorCodes.InternalServerError }] }
                : result);
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, results, context.RequestAborted);
    }

    /// <summary>
    /// Runs one GraphQL request as this endpoint runs it: the schema's executer, the caller of <paramref name="context"/>,
    /// the deadline, the operation-type rule of the method, and the transport's error codes. The export endpoints run
    /// their documents through here too, so that a download reads by the same rules as a query.
    /// </summary>
    internal static async Task<ExecutionResult> ExecuteAsync(HttpContext context, IServiceProvider services, GraphQLRequest request, bool isGet, RequestDeadline deadline, ILogger logger)
    {
        var executer = services.GetRequiredService<IDocumentExecuter<ISchema>>();
        var options = new ExecutionOptions
        {
            Query = request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            User = context.User,
            CancellationToken = deadline.Token,
            // Appended to, not instead of, the rules the schema's builder adds later in the pipeline.
            ValidationRules = DocumentValidator.CoreRules.Append(new HttpOperationTypeValidationRule(isGet)),
        };
        IdempotencyKeyHeader.Carry(options, context.Request.Headers[IdempotencyKeyHeader.Name].ToString());
        RequestOrigin.Carry(options, $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}");
        ClientAddress.Carry(options, context.Connection.RemoteIpAddress);
        var result = await executer.ExecuteAsync(options);

        // A command cancelled by the deadline may surface as a database error inside a field rather than as a
        // cancellation; once the deadline has passed the request is answered as timed out either way.
        deadline.ThrowIfPassed();
        LogUnhandledErrors(context, result, logger);
        result.Errors = GraphQLErrorClassifier.Classify(result.Errors);
        return result;
    }

    /// <remarks>
    /// The spec lets <c>application/json</c> keep the legacy behaviour (200 for every well-formed request, the
    /// errors in the body), while <c>application/graphql-response+json</c> says 4xx for every request that
    /// failed before execution started and 2xx once it has started, even with field errors.
    /// </remarks>
    private static (int Status, string? Allow) StatusFor(ExecutionResult result, string mediaType)
    {
        if (result.Errors?.Any(e => e is MutationOverGetError) == true)
        {
            return (StatusCodes.Status405MethodNotAllowed, "POST");
        }

        if (result.Executed)
        {
            return (StatusCodes.Status200OK, null);
        }

        if (result.Errors?.Any(e => e is UnhandledError) == true)
        {
            return (StatusCodes.Status500InternalServerError, null);
        }

        return mediaType == GraphQLMediaTypes.GraphQLResponseJson
            ? (StatusCodes.Status400BadRequest, null)
            : (StatusCodes.Status200OK, null);
    }

    private static void LogUnhandledErrors(HttpContext context, ExecutionResult result, ILogger logger)
    {
        if (result.Errors is null)
        {
            return;
        }

        foreach (var error in result.Errors.OfType<UnhandledError>())
        {
            LogServerFault(logger, context.TraceIdentifier, error.InnerException ?? error);
        }
    }

    private static async Task WriteFailureIfPossibleAsync(HttpContext context, GraphQLHttpFailure failure)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.Clear();
        await GraphQLResponses.WriteFailureAsync(context, failure);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "GraphQL request {TraceIdentifier} failed on the server")]
    private static partial void LogServerFault(ILogger logger, string traceIdentifier, Exception exception);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "GraphQL request {TraceIdentifier} could not read the data version; executed without the answer cache")]
    private static partial void LogAnswerLookupFailed(ILogger logger, string traceIdentifier, Exception exception);
}
