using System.Net;
using Hub.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Infrastructure;

/// <summary>
/// The real Hub.Server (its Program, middleware and schema) in process, pointed at one test
/// database through the same configuration keys an operator would set; <paramref name="settings"/>
/// adds or overrides keys (for example "Hub:Limits:RequestTimeout") for fixtures that need them.
/// </summary>
public sealed class HubApplication(
    DatabaseProvider provider,
    string connectionString,
    bool seedDemoData,
    IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    /// <summary>
    /// Starts the server behind a real Kestrel listener on a free loopback port, for clients that only speak to
    /// sockets (a browser, the npm clients), and returns its address, http://127.0.0.1:{port}/.
    /// </summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        // Kestrel replaces port 0 with the port it bound; the addresses feature reports it after start.
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        return new Uri(addresses.Addresses.Single());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Hub:Database:Provider", provider.ToString());
        builder.UseSetting("ConnectionStrings:Hub", connectionString);
        builder.UseSetting("Hub:Database:SeedDemoData", seedDemoData ? "true" : "false");
        builder.UseSetting("Hub:Diagnostics:ReportSqlStatements", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning");
        builder.UseSetting("Hub:Auth:Jwt:SigningKey", TestTokens.SigningKey);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
