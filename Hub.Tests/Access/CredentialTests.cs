using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Data;
using Hub.Schema.Access;
using Hub.Schema.Errors;
using Hub.Server.Cli;
using Hub.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Tests.Access;

/// <summary>
/// API keys made and revoked by the CLI verb, and bearer tokens: valid credentials act as their role; credentials
/// that do not check out are refused with 401, never run as the public; no credentials are the public. Keys are
/// stored as hashes and never logged. On both databases, over HTTP.
/// </summary>
public abstract class CredentialTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Probe = "{ auditLog(first: 1) { totalCount } }";

    [Fact]
    public async Task Requests_without_credentials_run_as_the_public()
    {
        var response = await hub.Client.PostAsync("{ indicators { code } }");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Null(response.Errors);
        Assert.Equal(HubErrorCodes.Unauthenticated, (await hub.Client.PostAsync(Probe)).FirstErrorCode);
    }

    [Fact]
    public async Task A_valid_bearer_token_acts_as_its_role()
    {
        var response = await hub.ClientWith("Bearer", TestTokens.For(HubRole.Admin, "jwt-admin")).PostAsync(Probe);
        Assert.Null(response.Errors);
    }

    [Theory]
    [MemberData(nameof(TestTokens.ThatDoNotCheckOut), MemberType = typeof(TestTokens))]
    public async Task A_bearer_token_that_does_not_check_out_is_refused_with_401(string why, string token)
    {
        var response = await hub.ClientWith("Bearer", token).PostAsync(Probe);
        AssertRefused(response, why);
    }

    [Theory]
    [MemberData(nameof(TestTokens.AuthorizationsBesideAKey), MemberType = typeof(TestTokens))]
    public async Task A_valid_api_key_with_an_Authorization_header_that_is_not_the_same_key_is_refused_with_401(string why, string authorization)
    {
        var (_, key, _) = await CliAsync("api-keys", "create", "--name", "beside-" + Guid.NewGuid().ToString("N")[..8], "--role", "ADMIN");
        using var http = hub.CreateHttpClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization.Replace("{key}", key, StringComparison.Ordinal));

        AssertRefused(await new GraphQLClient(http).PostAsync(Probe), why);
    }

    [Fact]
    public async Task A_valid_api_key_in_both_headers_acts_as_its_role()
    {
        var (_, key, _) = await CliAsync("api-keys", "create", "--name", "twice-" + Guid.NewGuid().ToString("N")[..8], "--role", "ADMIN");
        using var http = hub.CreateHttpClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "ApiKey " + key);

        Assert.Null((await new GraphQLClient(http).PostAsync(Probe)).Errors);
    }

    [Fact]
    public async Task A_refusal_names_the_scheme_in_WWW_Authenticate()
    {
        foreach (var (scheme, credentials) in new[] { ("Bearer", TestTokens.For(HubRole.Admin, "late", expires: DateTime.UtcNow.AddMinutes(-5))), ("ApiKey", "dhk_nothing") })
        {
            using var http = hub.CreateHttpClient();
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(scheme, credentials);
            using var reply = await http.PostAsJsonAsync("/graphql", new { query = "{ indicators { code } }" });
            Assert.Equal(HttpStatusCode.Unauthorized, reply.StatusCode);
            Assert.Equal(scheme, Assert.Single(reply.Headers.WwwAuthenticate).Scheme);
            var body = JsonNode.Parse(await reply.Content.ReadAsStringAsync())!;
            Assert.Equal(HubErrorCodes.Unauthenticated, body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task An_authorization_scheme_the_hub_does_not_know_is_refused_with_401()
    {
        AssertRefused(await hub.ClientWith("Basic", "YWRtaW46YWRtaW4=").PostAsync(Probe), "Basic");
    }

    [Fact]
    public async Task An_api_key_made_by_the_cli_works_in_either_header_until_it_is_revoked()
    {
        var name = "partner-" + Guid.NewGuid().ToString("N")[..8];
        var (code, key, _) = await CliAsync("api-keys", "create", "--name", name, "--role", "ADMIN");
        Assert.Equal(0, code);
        Assert.StartsWith("dhk_", key, StringComparison.Ordinal);

        Assert.Null((await hub.ClientWith("ApiKey", key).PostAsync(Probe)).Errors);
        var http = hub.CreateHttpClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        var viaHeader = await new GraphQLClient(http).PostAsync(
            "{ auditLog(subject: $s) { totalCount } }".Replace("$s", "\"key:" + name + "\"", StringComparison.Ordinal));
        Assert.Null(viaHeader.Errors);

        var (listed, list, _) = await CliAsync("api-keys", "list");
        Assert.Equal(0, listed);
        Assert.Contains(name, list, StringComparison.Ordinal);
        Assert.DoesNotContain(key[^20..], list, StringComparison.Ordinal);

        Assert.Equal(0, (await CliAsync("api-keys", "revoke", name)).Code);
        AssertRefused(await hub.ClientWith("ApiKey", key).PostAsync(Probe), "revoked");
        AssertRefused(await new GraphQLClient(http).PostAsync(Probe), "revoked, X-Api-Key");
        Assert.Equal(ApiKeysCommand.Refused, (await CliAsync("api-keys", "revoke", name)).Code);
    }

    [Fact]
    public async Task Keys_that_do_not_exist_or_are_malformed_are_refused_with_401()
    {
        AssertRefused(await hub.ClientWith("ApiKey", "dhk_000000000000000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").PostAsync(Probe), "unknown key");
        AssertRefused(await hub.ClientWith("ApiKey", "hello").PostAsync(Probe), "malformed key");

        var (_, key, _) = await CliAsync("api-keys", "create", "--name", "tampered-" + Guid.NewGuid().ToString("N")[..8], "--role", "ADMIN");
        AssertRefused(await hub.ClientWith("ApiKey", key[..^2] + (key[^2..] == "AA" ? "BB" : "AA")).PostAsync(Probe), "wrong secret");
    }

    [Fact]
    public async Task A_station_staff_key_writes_for_its_station_and_the_cli_checks_scopes()
    {
        int station;
        await using (var scope = hub.CreateScope())
        {
            station = await scope.ServiceProvider.GetRequiredService<HubDbContext>().Stations.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        }

        var name = "staff-" + Guid.NewGuid().ToString("N")[..8];
        var (code, key, _) = await CliAsync("api-keys", "create", "--name", name, "--role", "STATION_STAFF", "--station", Hub.Schema.Relay.GlobalId.Of("Station", station));
        Assert.Equal(0, code);
        var response = await TestMutations.RunAsync(hub.ClientWith("ApiKey", key), "submitObservations", station, Hub.Data.Periods.ReportingPeriod.OfMonth(2090, 1), "");
        Assert.Null(response.Errors);
        Assert.Equal("key:" + name, (await hub.Admin.QueryAsync("{ auditLog(first: 1) { nodes { subject role } } }"))["auditLog"]!["nodes"]![0]!["subject"]!.GetValue<string>());

        Assert.Equal(ApiKeysCommand.Refused, (await CliAsync("api-keys", "create", "--name", "x1", "--role", "STATION_STAFF", "--station", "987654")).Code);
        Assert.Equal(ApiKeysCommand.Refused, (await CliAsync("api-keys", "create", "--name", "x2", "--role", "STATION_STAFF")).Code);
        Assert.Equal(ApiKeysCommand.Refused, (await CliAsync("api-keys", "create", "--name", "x3", "--role", "ANALYST", "--region", "999999999999")).Code);
        Assert.Equal(ApiKeysCommand.Refused, (await CliAsync("api-keys", "create", "--name", "x4", "--role", "OWNER")).Code);
        Assert.Equal(ApiKeysCommand.Refused, (await CliAsync("api-keys", "create", "--name", name, "--role", "PARTNER")).Code);
        Assert.Equal(ApiKeysCommand.UsageError, (await CliAsync("api-keys", "create", "--role", "PARTNER")).Code);
        Assert.Equal(ApiKeysCommand.UsageError, (await CliAsync("api-keys", "rotate")).Code);
    }

    [Fact]
    public async Task Keys_are_stored_as_hashes_and_credentials_are_never_logged_in_clear()
    {
        var (_, key, error) = await CliAsync("api-keys", "create", "--name", "logged-" + Guid.NewGuid().ToString("N")[..8], "--role", "ADMIN");
        var secret = key[(key.IndexOf('_', 4) + 1)..];
        Assert.DoesNotContain(secret, error, StringComparison.Ordinal);

        var expired = TestTokens.For(HubRole.Admin, "late", expires: DateTime.UtcNow.AddMinutes(-5));
        var forged = TestTokens.For(HubRole.Admin, "forger", signingKey: "another-key-that-is-long-enough-for-hs256!!");

        // A second server on the same database, logging everything at every level.
        var logs = new CapturingLoggerProvider();
        var provider = hub.Kind == DatabaseKind.Sqlite ? DatabaseProvider.Sqlite : DatabaseProvider.MySql;
        await using (var verbose = new HubApplication(provider, hub.Database.ConnectionString, seedDemoData: false, new Dictionary<string, string>
                     {
                         ["Logging:LogLevel:Default"] = "Trace",
                         ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Trace",
                         ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Trace",
                         ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
                     }).WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs))))
        {
            foreach (var (header, value) in new[]
                     {
                         ("Authorization", "ApiKey " + key), ("X-Api-Key", key), ("X-Api-Key", key[..^3] + "xyz"),
                         ("Authorization", "Bearer " + expired), ("Authorization", "Bearer " + forged),
                     })
            {
                using var http = verbose.CreateClient();
                http.DefaultRequestHeaders.TryAddWithoutValidation(header, value);
                using var reply = await http.PostAsJsonAsync("/graphql", new { query = Probe });
                Assert.NotEqual(HttpStatusCode.InternalServerError, reply.StatusCode);
            }
        }

        Assert.Contains(logs.Messages, m => m.Contains("ApiKey was not authenticated", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, m => m.Contains(secret, StringComparison.Ordinal) || m.Contains(secret[..^3], StringComparison.Ordinal));
        Assert.Contains(logs.Messages, m => m.Contains("Bearer was not authenticated", StringComparison.Ordinal));
        foreach (var token in new[] { expired, forged })
        {
            var signature = token[(token.LastIndexOf('.') + 1)..];
            Assert.DoesNotContain(logs.Messages, m => m.Contains(signature, StringComparison.Ordinal));
        }


        await using var scope = hub.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var table in new[] { "ApiKeys", "AuditLog" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = 0;
            while (await reader.ReadAsync())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var cell = reader.IsDBNull(i) ? "" : reader.GetValue(i) is byte[] bytes ? Convert.ToBase64String(bytes) + Convert.ToHexString(bytes) : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!;
                    Assert.DoesNotContain(secret, cell, StringComparison.Ordinal);
                }
            }

            Assert.True(table == "AuditLog" || rows > 0);
        }
    }

    private static void AssertRefused(GraphQLResponse response, string why)
    {
        Assert.True(response.Status == HttpStatusCode.Unauthorized, $"{why}: {response.Status} {response.Body}");
        Assert.Equal(HubErrorCodes.Unauthenticated, response.FirstErrorCode);
        Assert.Null(response.Data);
        Assert.False(string.IsNullOrEmpty(response.Errors![0]!["message"]!.GetValue<string>()));
    }

    private async Task<(int Code, string Output, string Error)> CliAsync(params string[] args)
    {
        await using var services = HubDataServices.For(hub.Database);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ApiKeysCommand.RunAsync(services.Services, args, output, error);
        return (code, output.ToString().Trim(), error.ToString());
    }
}

public sealed class CredentialsOnSqlite(SqliteDemoHub hub) : CredentialTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class CredentialsOnMariaDb(MariaDbDemoHub hub) : CredentialTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;
