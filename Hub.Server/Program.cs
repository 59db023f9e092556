using Hub.Data;
using Hub.Schema;
using Hub.Schema.Access;
using Hub.Schema.Limits;
using Hub.Server.Answers;
using Hub.Server.Auth;
using Hub.Server.Boards;
using Hub.Server.Cli;
using Hub.Server.Cors;
using Hub.Server.Exports;
using Hub.Server.GraphiQL;
using Hub.Server.Health;
using Hub.Server.Http;
using Hub.Server.Http.TrustedDocuments;
using Hub.Server.Proxy;
using Hub.Server.PublicPages;
using Hub.Server.RateLimiting;
using Hub.Server.Scalars;
using Hub.Server.ServerSentEvents;
using Hub.Server.Streaming;
using Hub.Server.Telemetry;
using Hub.Server.WebSockets;
using Microsoft.Extensions.Options;

// A verb (export-schema, generate, api-keys …) runs instead of the server; host options in front of it configure its host.
// Its arguments are parsed before anything is built, so help and usage errors start nothing and touch no database.
var (hostArgs, verbArgs) = HubCli.Split(args);
if (verbArgs.Length > 0)
{
    WebApplication? tool = null;
    try
    {
        return await HubCli.RunAsync(verbArgs, new HubCliContext(() => (tool = CreateHost(hostArgs)).Services, Console.Out, Console.Error));
    }
    finally
    {
        if (tool is not null)
        {
            await tool.DisposeAsync();
        }
    }
}

var app = CreateHost(args);

// Every options class is checked now, before the database is touched: a nonsense value stops the server here, with
// every bad key named at once, instead of after the migrations (the host would check them again when it starts).
app.Services.GetService<IStartupValidator>()?.Validate();
await app.InitializeHubDatabaseAsync();
app.UseHubForwardedHeaders();
app.UseHubCors();
app.UseDatabaseAwayRefusal();
app.UseAuthentication();
app.UseRateLimiter();
app.UseBadCredentialsRefusal();
app.UseHubWebSockets();
app.MapHubGraphQL().RequireRateLimiting(HubRateLimitingServiceCollectionExtensions.Policy).RequireCors(HubCors.Policy);
app.MapHubGraphQLWebSockets().RequireRateLimiting(HubRateLimitingServiceCollectionExtensions.Policy);
app.MapHubServerSentEvents().RequireRateLimiting(HubRateLimitingServiceCollectionExtensions.Policy).RequireCors(HubCors.StreamPolicy);
app.MapHubExports().RequireRateLimiting(HubRateLimitingServiceCollectionExtensions.Policy).RequireCors(HubCors.Policy);
app.MapHubGraphiQL();
app.MapHubPublicPages().RequireRateLimiting(HubRateLimitingServiceCollectionExtensions.Policy);
app.MapHubBoards();
app.MapHubScalarSpecifications();
app.MapHubHealth();
app.MapHubMetrics();
await app.RunAsync();
return 0;

// The content root is the server's own folder (appsettings.json is read from there wherever the server starts), unless
// --contentRoot or ASPNETCORE_CONTENTROOT names another; relative paths on the command line stay relative to the current directory.
static WebApplication CreateHost(string[] args)
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = HubCli.ContentRootFor(args) });
    builder.Services.AddSingleton(TimeProvider.System);
    builder.Services.AddHubData();
    builder.Services.AddHubSchema();
    builder.Services.AddHubLimits();
    builder.Services.AddHubAccess();
    builder.Services.AddHubHttp();
    builder.Services.AddHubAnswerCache();
    builder.Services.AddHubCors();
    builder.Services.AddHubStreaming();
    builder.Services.AddHubWebSockets();
    builder.Services.AddHubTrustedDocuments();
    builder.Services.AddHubServerSentEvents();
    builder.Services.AddHubAuthentication();
    builder.Services.AddHubRateLimits();
    builder.Services.AddHubExports();
    builder.Services.AddHubGraphiQL();
    builder.Services.AddHubPublicPages();
    builder.Services.AddHubBoards();
    builder.Services.AddHubProxy();
    builder.Services.AddHubHealth();
    builder.Services.AddHubTelemetry(builder.Configuration);
    return builder.Build();
}

/// <summary>Entry point; public so that WebApplicationFactory in the tests can host it.</summary>
public partial class Program;
