using System.Net;
using Hub.Data;
using Hub.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Hub.Tests.GraphiQL;

/// <summary><c>Hub:GraphiQL:Enabled=false</c> takes the IDE away: browsers get the GraphQL endpoint like any client.</summary>
public sealed class GraphiQLSwitchTests : IAsyncLifetime, IAsyncDisposable
{
    private readonly TestDatabase _database = TestDatabase.CreateSqlite();
    private HubApplication? _hub;
    private HttpClient? _http;

    public Task InitializeAsync()
    {
        _hub = new HubApplication(DatabaseProvider.Sqlite, _database.ConnectionString, seedDemoData: false);
        _http = _hub.WithWebHostBuilder(b => b.UseSetting("Hub:GraphiQL:Enabled", "false")).CreateClient();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Switched_off_a_browser_at_graphql_gets_a_GraphQL_answer_and_no_IDE_files_are_served()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept.Chromium);
        using var page = await _http!.SendAsync(request);
        var body = await page.Content.ReadAsStringAsync();

        // Without the IDE, GET /graphql is a GraphQL request without a query: the transport's own 400.
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal("application/json", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"errors\"", body, StringComparison.Ordinal);

        // A file the build did embed, which the server would send if the IDE were on.
        var embedded = typeof(Program).Assembly.GetManifestResourceNames()
            .First(n => n.StartsWith("GraphiQL/assets/", StringComparison.Ordinal) && n.EndsWith(".js", StringComparison.Ordinal));
        using var file = await _http.GetAsync("/graphql/ide/" + embedded["GraphiQL/".Length..]);
        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }

        await _database.DisposeAsync();
    }
}
