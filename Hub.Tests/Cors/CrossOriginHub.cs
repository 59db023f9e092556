using System.Net;
using Hub.Data;
using Hub.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hub.Tests.Cors;

/// <summary>
/// Two partner sites and the hub, each on a loopback port of its own, so three origins: a small web server that
/// serves a page at <see cref="ListedPage"/> and at <see cref="UnlistedPage"/>, and the real hub (demo data on SQLite,
/// behind Kestrel) with only the first page's origin in Hub:Cors:AllowedOrigins. The page server starts first: the
/// hub's configuration needs its port.
/// </summary>
public sealed class CrossOriginHub : IAsyncLifetime, IAsyncDisposable
{
    private const string Page = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>A partner's site</title></head>
        <body><h1>Projects looking for partners</h1><ul id="projects"></ul></body></html>
        """;

    private WebApplication? _pages;
    private HubApplication? _hub;
    private TestDatabase? _database;

    /// <summary>A page whose origin is listed: it may call the hub with credentials.</summary>
    public Uri ListedPage { get; private set; } = null!;

    /// <summary>A page of an origin the hub does not list: anonymous calls only.</summary>
    public Uri UnlistedPage { get; private set; } = null!;

    /// <summary>The hub's GraphQL endpoint, http://127.0.0.1:{port}/graphql.</summary>
    public Uri GraphQL { get; private set; } = null!;

    /// <summary>A client of the hub over the same socket, to ask what the pages should see.</summary>
    public GraphQLClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Listen(IPAddress.Loopback, 0);
        });
        builder.Logging.ClearProviders();
        _pages = builder.Build();
        // Any path (MapFallback alone would skip paths that look like files, such as the page's own).
        _pages.MapGet("/{**path}", () => Results.Content(Page, "text/html; charset=utf-8"));
        await _pages.StartAsync();
        var origins = _pages.Urls.Select(url => new Uri(url)).OrderBy(uri => uri.Port).ToList();
        ListedPage = new Uri(origins[0], "/partner/projects.html");
        UnlistedPage = new Uri(origins[1], "/partner/projects.html");

        _database = TestDatabase.CreateSqlite();
        _hub = new HubApplication(DatabaseProvider.Sqlite, _database.ConnectionString, seedDemoData: true, new Dictionary<string, string>
        {
            ["Hub:Cors:AllowedOrigins:0"] = ListedPage.GetLeftPart(UriPartial.Authority),
        });
        GraphQL = new Uri(_hub.StartOnLoopback(), "/graphql");
        Client = new GraphQLClient(new HttpClient { BaseAddress = GraphQL });
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    public async Task DisposeAsync()
    {
        Client?.Http.Dispose();
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (_pages is not null)
        {
            await _pages.StopAsync();
            await _pages.DisposeAsync();
        }
    }
}
