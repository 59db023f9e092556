using Hub.Data;
using Hub.Schema;
using Hub.Schema.Diagnostics;
using Hub.Schema.Limits;
using Hub.Server.Auth;
using Hub.Server.Cli;
using Hub.Server.GraphiQL;
using Hub.Server.Http;
using Hub.Server.Streaming;
using Hub.Server.WebSockets;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHubData(builder.Configuration);
builder.Services.AddHubSchema();
builder.Services.AddHubLimits(builder.Configuration);
builder.Services.Configure<HubDiagnosticsOptions>(builder.Configuration.GetSection(HubDiagnosticsOptions.Section));
builder.Services.AddHubHttp();
builder.Services.AddHubStreaming();
builder.Services.AddHubWebSockets(builder.Configuration);
builder.Services.AddHubAuthentication(builder.Configuration);

var app = builder.Build();

if (args.FirstOrDefault() == SchemaExport.Verb)
{
    return await SchemaExport.RunAsync(app.Services, args);
}

if (args.FirstOrDefault() == GenerateCommand.Verb)
{
    return await GenerateCommand.RunAsync(app.Services, args);
}

if (args.FirstOrDefault() == ImportObservationsCommand.Verb)
{
    return await ImportObservationsCommand.RunAsync(app.Services, args);
}

if (args.FirstOrDefault() == DeriveObservationsCommand.Verb)
{
    return await DeriveObservationsCommand.RunAsync(app.Services, args);
}

await app.InitializeHubDatabaseAsync();
app.UseAuthentication();
app.UseHubWebSockets();
app.MapHubGraphQL();
app.MapHubGraphQLWebSockets();
app.MapHubGraphiQL();
app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
await app.RunAsync();
return 0;

/// <summary>Entry point; public so that WebApplicationFactory in the tests can host it.</summary>
public partial class Program;
