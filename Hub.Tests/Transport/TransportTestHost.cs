using GraphQL;
using Hub.Server.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Tests.Transport;

/// <summary>
/// A real Kestrel server on a free loopback port serving <see cref="TransportTestSchema"/> through
/// <see cref="GraphQLHttpEndpointRouteBuilderExtensions.MapHubGraphQL"/>, so external clients (node) can reach it.
/// </summary>
public sealed class TransportTestHost : IAsyncLifetime
{
    /// <summary>Small enough that a test can exceed it cheaply, large enough for every audit request.</summary>
    public const long MaxRequestBodyBytes = 16 * 1024;

    private WebApplication? app;

    public Uri GraphQLUri { get; private set; } = null!;

    public RecordingLoggerProvider Logs { get; } = new();

    public HttpClient CreateClient() => new() { BaseAddress = GraphQLUri };

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(Logs);
        builder.Services.AddSingleton<TransportTestQuery>();
        builder.Services.AddSingleton<TransportTestMutation>();
        builder.Services.AddGraphQL(b => b
            .AddSchema<TransportTestSchema>()
            .AddSystemTextJson()
            .AddValidationRule<ServerFaultValidationRule>());
        builder.Services.AddHubHttp(o => o.MaxRequestBodyBytes = MaxRequestBodyBytes);

        app = builder.Build();
        app.MapHubGraphQL();
        await app.StartAsync();

        // Kestrel replaces port 0 with the port it bound; Urls reports the bound address after start.
        GraphQLUri = new Uri(new Uri(app.Urls.First()), "/graphql");
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Logs.Dispose();
    }
}
