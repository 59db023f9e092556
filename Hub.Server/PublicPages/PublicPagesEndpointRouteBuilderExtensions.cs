namespace Hub.Server.PublicPages;

public static class PublicPagesEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the server-rendered public pages: GET /projects (the listing, filtered by its query string),
    /// /projects/{id} and /stations/{id}, each built as the anonymous GraphQL caller. Needs <c>services.AddHubPublicPages()</c>.
    /// </summary>
    public static IEndpointConventionBuilder MapHubPublicPages(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var pages = endpoints.MapGroup("").WithGroupName("Public pages");
        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        pages.MapMethods("/projects", methods, (HttpContext context, ProjectListingPage page) => page.HandleAsync(context))
            .WithDisplayName("Public project listing");
        pages.MapMethods("/projects/{id}", methods, (HttpContext context, string id, ProjectPage page) => page.HandleAsync(context, id))
            .WithDisplayName("Public project page");
        pages.MapMethods("/stations/{id}", methods, (HttpContext context, string id, StationPage page) => page.HandleAsync(context, id))
            .WithDisplayName("Public station page");
        return pages;
    }
}
