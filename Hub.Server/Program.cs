using Hub.Data;
using Hub.Schema;
using Hub.Schema.Access;
using Hub.Schema.Diagnostics;
using Hub.Schema.Limits;
using Hub.Server.Auth;
using Hub.Server.Cli;
using Hub.Server.GraphiQL;
using Hub.Server.Health;
using Hub.Server.Http;
using Hub.Server.Http.TrustedDocuments;
using Hub.Server.RateLimiting;
using Hub.Server.Scalars;
using Hub.Server.ServerSentEvents;
using Hub.Server.Streaming;
using Hub.Server.Telemetry;
using Hub.Server.WebSockets;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHubData(builder.Configuration);
builder.Services.AddHubSchema();
builder.Services.AddHubLimits(builder.Configuration);
builder.Services.AddHubAccess(builder.Configuration);
builder.Services.Configure<HubDiagnosticsOptions>(builder.Configuration.GetSection(HubDiagnosticsOptions.Section));
builder.Services.AddHubHttp(builder.Configuration);
builder.Services.AddHubStreaming();
builder.Services.AddHubWebSockets(builder.Configuration);
builder.Services.AddHubTrustedDocuments(builder.Configuration);
builder.Services.AddHubServerSentEvents(builder.Configuration);
builder.Services.AddHubAuthentication(builder.Configuration);
builder.Services.AddHubRateLimits(builder.Configuration, builder.Environment);
builder.Services.AddHubHealth();
builder.Services.AddHubTelemetry(builder.Configuration);

var app = builder.Build();

if (HubCommands.IsVerb(args))
{
    return await HubCommands.RunAsync(app.Services, args);
}

await app.InitializeHubDatabaseAsync();
app.UseDatabaseAwayRefusal();
app.UseAuthentication();
app.UseRateLimiter();
app.UseBadCredentialsRefusal();
app.UseHubWebSockets();
app.MapHubGraphQL().RequireRateLimiting(HubRateLimitingServiceCollectionExtensions.Policy);
app.MapHubGraphQLWebSockets().RequireRateLimiting(HubRateLimitingServiceCollectionExtensions.Policy);
app.MapHubServerSentEvents().RequireRateLimiting(HubRateLimitingServiceCollectionExtensions.Policy);
app.MapHubGraphiQL();
app.MapHubScalarSpecifications();
app.MapHubHealth();
app.MapHubMetrics();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so that WebApplicationFactory in the tests can host it.</summary>
public partial class Program;
