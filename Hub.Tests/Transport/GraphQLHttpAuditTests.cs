using System.Text.Json;
using System.Text.Json.Serialization;
using Xunit.Abstractions;

namespace Hub.Tests.Transport;

/// <summary>
/// Runs graphql-http's serverAudits, the conformance suite of the GraphQL-over-HTTP spec, against the endpoint
/// on a real port. Every audit must pass: optional (MAY) and recommended (SHOULD) ones too, because each of them
/// is behaviour clients of the hub rely on.
/// </summary>
public sealed class GraphQLHttpAuditTests(TransportTestHost host, ITestOutputHelper output) : IClassFixture<TransportTestHost>
{
    [Fact]
    public async Task Every_graphql_http_server_audit_passes()
    {
        await NodeClients.EnsureInstalledAsync();

        var json = await NodeClients.RunAsync("node", ["audit.mjs", host.GraphQLUri.ToString()], TimeSpan.FromMinutes(2));

        var results = JsonSerializer.Deserialize<List<AuditResult>>(json)
            ?? throw new InvalidOperationException("audit.mjs printed no results: " + json);
        Assert.NotEmpty(results);
        foreach (var result in results)
        {
            output.WriteLine($"[{result.Status}] {result.Id} {result.Name}{(result.Reason is null ? string.Empty : ": " + result.Reason)}");
        }

        var failures = results.Where(r => r.Status != "ok").ToList();
        Assert.True(
            failures.Count == 0,
            $"{failures.Count} of {results.Count} audits did not pass:\n"
                + string.Join('\n', failures.Select(f => $"  [{f.Status}] {f.Id} {f.Name}: {f.Reason}")));
    }

    private sealed record AuditResult(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("reason")] string? Reason);
}
