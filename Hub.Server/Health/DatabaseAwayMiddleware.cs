using Hub.Data.Diagnostics;
using Hub.Schema.Errors;
using Hub.Server.Http;

namespace Hub.Server.Health;

/// <summary>
/// While the database is away (<see cref="DatabaseAvailability"/>), the GraphQL endpoints answer 503 with
/// <c>Retry-After</c> and <c>SERVICE_UNAVAILABLE</c> at once, before authentication (which reads API keys from the
/// database) and before execution; a request that finds the database gone midway gets the same answer instead of an
/// empty 500. Nothing is half stored: a write's transaction never committed.
/// </summary>
internal sealed class DatabaseAwayMiddleware(RequestDelegate next, DatabaseAvailability availability)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/graphql") || IsIdePage(context.Request))
        {
            await next(context);
            return;
        }

        if (!availability.IsAvailable)
        {
            await RefuseAsync(context);
            return;
        }

        try
        {
            await next(context);
        }
        catch (Exception ex) when (DatabaseAvailability.IsUnreachable(ex) && !context.Response.HasStarted)
        {
            availability.ReportUnreachable();
            context.Response.Clear();
            await RefuseAsync(context);
        }
    }

    internal static Task RefuseAsync(HttpContext context)
    {
        context.Response.Headers.RetryAfter = DatabaseAvailability.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return GraphQLResponses.WriteFailureAsync(context, new GraphQLHttpFailure(
            StatusCodes.Status503ServiceUnavailable,
            HubErrorCodes.ServiceUnavailable,
            $"The hub cannot reach its database just now; nothing of this request was stored. Retry in {DatabaseAvailability.RetryAfterSeconds} second(s)."));
    }

    private static bool IsIdePage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
}
