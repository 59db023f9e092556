using Hub.Data;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Configuration;

/// <summary>
/// Every options class of the hub is bound from its section and checked when the server starts: one nonsense value
/// in any of them stops the real server (its Program, through the keys an operator sets) with a message that names
/// the key and the value, before it serves anything.
/// </summary>
public sealed class OptionsAtStartTests
{
    /// <summary>Keys whose values are secrets: the failure names the key and keeps the value out of the log.</summary>
    private static readonly HashSet<string> Secrets = ["Hub:Auth:Jwt:SigningKey", "Hub:ActivityFeed:Redis"];

    [Theory]
    [InlineData("Hub:Database:ServerVersion", "not-a-version")]
    [InlineData("Hub:ActivityFeed:BufferSize", "0")]
    [InlineData("Hub:ActivityFeed:Redis", "127.0.0.1:6379,password=hunter2,nonsense=1")]
    [InlineData("Hub:Suppression:MinStations", "0")]
    [InlineData("Hub:Diagnostics:ReportSqlStatements", "sometimes")]
    [InlineData("Hub:Limits:RequestTimeout", "-00:00:05")]
    [InlineData("Hub:Auth:Jwt:SigningKey", "too-short")]
    [InlineData("Hub:WebSockets:MaxMessageBytes", "100")]
    [InlineData("Hub:RateLimits:Window", "00:00:00")]
    [InlineData("Hub:ServerSentEvents:KeepAliveInterval", "00:00:00")]
    [InlineData("Hub:PublicProjects:MaxAgeSeconds", "-1")]
    [InlineData("Hub:Http:MaxRequestBodyBytes", "0")]
    [InlineData("Hub:Uploads:MaxFileBytes", "0")]
    [InlineData("Hub:Uploads:MaxFiles", "0")]
    [InlineData("Hub:TrustedDocuments:ManifestPath", "no-such-manifest.json", "Hub:TrustedDocuments:Mode=Enforce")]
    [InlineData("Hub:GraphiQL:Enabled", "perhaps")]
    [InlineData("Hub:Proxy:KnownNetworks:0", "10.0.0.0/33")]
    public async Task One_bad_value_stops_the_server_at_start_naming_the_key(string key, string value, params string[] alongside)
    {
        var settings = alongside.Select(setting => setting.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1]);
        settings[key] = value;
        await using var database = TestDatabase.CreateSqlite();
        await using var application = new HubApplication(DatabaseProvider.Sqlite, database.ConnectionString, seedDemoData: false, settings);

        var failure = Assert.ThrowsAny<Exception>(() => application.CreateClient());

        var messages = MessagesOf(failure);
        Assert.Contains(key, messages, StringComparison.Ordinal);
        if (Secrets.Contains(key))
        {
            Assert.DoesNotContain(value, messages, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(value, messages, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource), "The database was touched before the options were checked.");
    }

    private static string MessagesOf(Exception exception) => exception switch
    {
        AggregateException aggregate => string.Join(" | ", aggregate.InnerExceptions.Select(MessagesOf)),
        { InnerException: { } inner } => exception.Message + " | " + MessagesOf(inner),
        _ => exception.Message,
    };
}
