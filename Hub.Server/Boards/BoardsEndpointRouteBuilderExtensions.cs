using Hub.Server.WebAssets;
using Microsoft.Extensions.Options;

namespace Hub.Server.Boards;

/// <summary>Maps the people-facing pages built from Boards/App: the live board at /live.</summary>
public static partial class BoardsEndpointRouteBuilderExtensions
{
    /// <summary>Where the pages' scripts and styles are served from; each page's &lt;base href&gt; points here.</summary>
    public const string AssetsPath = "/boards";

    /// <summary>Each page of the bundle and the address it is served at.</summary>
    private static readonly (string Page, string Pattern, string Name)[] Pages =
    [
        ("live.html", "/live", "Live board"),
    ];

    /// <summary>
    /// Serves each board at GET its address and the boards' files below <c>/boards/</c>. <c>Hub:Boards:Enabled=false</c>
    /// maps nothing. Needs <c>services.AddHubBoards()</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapHubBoards(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BoardsEndpointRouteBuilderExtensions).FullName!);
        if (!services.GetRequiredService<IOptions<BoardsOptions>>().Value.Enabled)
        {
            LogSwitchedOff(logger);
            return endpoints;
        }

        // Hub.Server.csproj embeds the boards' build under this name prefix.
        var assets = WebAssetBundle.Load(typeof(BoardsEndpointRouteBuilderExtensions).Assembly, "Boards/");
        if (assets is null)
        {
            LogNotBuilt(logger);
            return endpoints;
        }

        foreach (var (name, pattern, displayName) in Pages)
        {
            if (assets.TryGetPage(name, out var template))
            {
                endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Head], new BoardPageEndpoint(template, AssetsPath).HandleAsync)
                    .WithDisplayName(displayName);
            }
        }

        var files = new WebAssetEndpoint(assets);
        endpoints.MapMethods($"{AssetsPath}/{{**{WebAssetEndpoint.PathParameter}}}", [HttpMethods.Get, HttpMethods.Head], files.HandleAsync)
            .WithDisplayName("Board files");
        return endpoints;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "The boards are switched off (Hub:Boards:Enabled=false): /live is not served")]
    private static partial void LogSwitchedOff(ILogger logger);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "This server was built without the boards (-p:HubBoards=false): /live is not served")]
    private static partial void LogNotBuilt(ILogger logger);
}
