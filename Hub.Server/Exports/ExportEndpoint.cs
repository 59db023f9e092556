using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Transport;
using Hub.Data.Diagnostics;
using Hub.Schema.Access;
using Hub.Schema.Errors;
using Hub.Schema.Limits;
using Hub.Server.Http;
using Hub.Server.Http.TrustedDocuments;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Hub.Server.Exports;

/// <summary>
/// Answers <c>GET /export/{kind}.{xlsx|csv}</c>: runs the export's document (the built-in one, or the trusted document
/// named by <c>documentId</c>) through the GraphQL endpoint's own execution, as the request's caller, and writes the
/// answer as a file. Nothing is written until every page has been answered without an error: a refused variable, an
/// error of execution or a time-out is a JSON GraphQL error with its code, never a partial file.
/// </summary>
internal sealed partial class ExportEndpoint(
    ExportKind kind,
    ExportFormat format,
    IOptions<ExportOptions> options,
    IOptions<HubLimitsOptions> limits,
    TimeProvider clock,
    ILogger<ExportEndpoint> logger)
{
    private const string ServerFaultMessage = "The server could not produce the export. The fault has been logged; please try again later.";

    /// <summary>How many SQL statements the export sent, when <c>Hub:Diagnostics:ReportSqlStatements</c> is on (as <c>extensions.sqlStatements</c> is for a query).</summary>
    public const string SqlStatementsHeader = "X-Hub-Sql-Statements";

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        PublicListingCache.ForbidStorage(context);
        using var deadline = new RequestDeadline(limits.Value.RequestTimeout, context.RequestAborted);
        try
        {
            await ExportAsync(context, deadline);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (OperationCanceledException) when (deadline.HasPassed)
        {
            await FailAsync(context, new GraphQLHttpFailure(StatusCodes.Status408RequestTimeout, HubErrorCodes.RequestTimeout,
                $"The export did not finish within the time limit of {limits.Value.RequestTimeout.TotalSeconds:0.###} seconds and was cancelled; export a smaller region or a higher level."));
        }
        catch (Exception ex)
        {
            LogServerFault(logger, context.TraceIdentifier, ex);
            await FailAsync(context, new GraphQLHttpFailure(StatusCodes.Status500InternalServerError, HubErrorCodes.InternalServerError, ServerFaultMessage));
        }
    }

    private async Task ExportAsync(HttpContext context, RequestDeadline deadline)
    {
        var query = kind.Read(context.Request.Query, out var failure);
        if (query is null)
        {
            await FailAsync(context, failure!);
            return;
        }

        var request = Request(context, query, out failure);
        if (request is null)
        {
            await FailAsync(context, failure!);
            return;
        }

        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var settings = options.Value;
        var pages = new List<JsonObject>();
        var variables = query.Variables;
        JsonNode? extensions = null;
        while (true)
        {
            request.Variables = serializer.Deserialize<Inputs>(variables.ToJsonString());
            var result = await GraphQLHttpEndpoint.ExecuteAsync(context, context.RequestServices, request, isGet: true, deadline, logger);
            if (result.Errors is { Count: > 0 } errors)
            {
                await FailAsync(context, errors);
                return;
            }

            var answer = JsonNode.Parse(serializer.Serialize(result))!;
            extensions = answer["extensions"];
            if (answer["data"] is not JsonObject data)
            {
                await FailAsync(context, GraphQLHttpFailure.BadRequest("The document answered no data."));
                return;
            }

            if (pages.Count == 0 && kind.TotalRows(data) is > 0 and var total && total > settings.MaxRows)
            {
                await FailAsync(context, TooLarge(total));
                return;
            }

            pages.Add(data);
            if (kind.NextPage(data, variables) is not { } next)
            {
                break;
            }

            if (pages.Count * settings.PageSize >= settings.MaxRows)
            {
                // A trusted document that selects no totalCount is stopped here, after the pages the limit allows.
                await FailAsync(context, TooLarge(null));
                return;
            }

            variables = next;
        }

        var provenance = new ExportProvenance(HubCaller.From(context.User), clock.GetUtcNow());
        var table = kind.Table(pages, query, provenance, out failure);
        if (table is null)
        {
            await FailAsync(context, failure!);
            return;
        }

        // Written whole to memory first: the workbook's zip is finished before the first byte leaves, and a fault
        // while writing leaves no half file with a 200 in front of it.
        using var file = new MemoryStream();
        await ExportTableWriter.WriteAsync(table, format, file, deadline.Token);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = format.ContentType;
        response.ContentLength = file.Length;
        var disposition = new ContentDispositionHeaderValue("attachment");
        // filename* carries the UTF-8 name (济南市), filename an ASCII fallback for old clients.
        disposition.SetHttpFileName($"{table.FileStem}.{format.Extension}");
        response.Headers.ContentDisposition = disposition.ToString();
        if (extensions?["sqlStatements"] is { } statements)
        {
            response.Headers[SqlStatementsHeader] = statements.ToString();
        }

        file.Position = 0;
        await file.CopyToAsync(response.Body, deadline.Token);
    }

    private GraphQLHttpFailure TooLarge(int? total) => new(StatusCodes.Status400BadRequest, HubErrorCodes.ExportTooLarge,
        $"The export would have {(total is null ? "more than " + options.Value.MaxRows.ToString(System.Globalization.CultureInfo.InvariantCulture) : total.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))} rows; "
        + $"at most {options.Value.MaxRows} are exported ({ExportOptions.Section}:MaxRows). Choose a smaller region or a higher level.");

    /// <summary>The GraphQL request of the export: its built-in document, or the trusted document named by <c>documentId</c>.</summary>
    private static GraphQLRequest? Request(HttpContext context, ExportQuery query, out GraphQLHttpFailure? failure)
    {
        failure = null;
        if (!query.Parameters.TryGetValue(ExportKind.DocumentIdParameter, out var documentId))
        {
            // The built-in documents are the server's own, fixed and bounded, so they run in every trusted-document
            // mode, Enforce included, as any other endpoint of the server does.
            return new GraphQLRequest { Query = query.BuiltInDocument };
        }

        var resolver = context.RequestServices.GetService<TrustedDocumentResolver>();
        var resolution = resolver?.Resolve(new GraphQLRequest { DocumentId = documentId })
            ?? TrustedDocumentResolution.Refused(HubErrorCodes.PersistedDocumentNotFound, "This server runs no stored documents.");
        if (!resolution.Succeeded)
        {
            failure = new GraphQLHttpFailure(StatusCodes.Status400BadRequest, resolution.ErrorCode!, resolution.Message!);
            return null;
        }

        return resolution.Request;
    }

    private static async Task FailAsync(HttpContext context, GraphQLHttpFailure failure)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.Clear();
        PublicListingCache.ForbidStorage(context);
        await GraphQLResponses.WriteFailureAsync(context, failure, GraphQLMediaTypes.Json);
    }

    /// <summary>The errors of an execution, with the status their first code calls for; a server fault is answered without its details.</summary>
    private static async Task FailAsync(HttpContext context, ExecutionErrors errors)
    {
        var code = errors[0].Code;
        if (code == HubErrorCodes.InternalServerError)
        {
            await FailAsync(context, new GraphQLHttpFailure(StatusCodes.Status500InternalServerError, code, ServerFaultMessage));
            return;
        }

        if (code == HubErrorCodes.ServiceUnavailable)
        {
            context.RequestServices.GetRequiredService<DatabaseAvailability>().ReportUnreachable();
            context.Response.Headers.RetryAfter = DatabaseAvailability.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await GraphQLResponses.WriteAsync(context, new ExecutionResult { Errors = errors }, StatusOf(code), GraphQLMediaTypes.Json);
    }

    private static int StatusOf(string? code) => code switch
    {
        HubErrorCodes.Unauthenticated => StatusCodes.Status401Unauthorized,
        HubErrorCodes.Forbidden => StatusCodes.Status403Forbidden,
        HubErrorCodes.NotFound => StatusCodes.Status404NotFound,
        HubErrorCodes.MethodNotAllowed => StatusCodes.Status405MethodNotAllowed,
        HubErrorCodes.RequestTimeout => StatusCodes.Status408RequestTimeout,
        HubErrorCodes.RateLimited => StatusCodes.Status429TooManyRequests,
        HubErrorCodes.ServiceUnavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status400BadRequest,
    };

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Export request {TraceIdentifier} failed on the server")]
    private static partial void LogServerFault(ILogger logger, string traceIdentifier, Exception exception);
}
