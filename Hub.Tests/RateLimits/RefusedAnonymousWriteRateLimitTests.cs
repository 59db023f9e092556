using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Schema.Errors;

namespace Hub.Tests.RateLimits;

/// <summary>
/// Refused anonymous writes have an allowance of their own per client address, because each leaves an audit
/// entry: beyond it a mutation without credentials gets 429 RATE_LIMITED and the audit log stays as it was,
/// while the same address's reads are served under their own allowance.
/// </summary>
public sealed class RefusedAnonymousWriteRateLimitTests(RateLimitedKestrelHub hub) : IClassFixture<RateLimitedKestrelHub>
{
    private static readonly string ManyAliases = "mutation { " + string.Join(" ", Enumerable.Range(0, 20).Select(i =>
        $"m{i}: submitObservations(input: {{ observations: [] }}) {{ errors {{ message }} }}")) + " }";

    [Fact]
    public async Task Refused_anonymous_writes_beyond_their_allowance_get_429_and_write_no_audit_entry()
    {
        var before = await hub.AuditEntryCountAsync();
        for (var i = 1; i <= RateLimitedKestrelHub.RefusedAnonymousWritePermits; i++)
        {
            using var refusedForCredentials = await PostAsync(ManyAliases);
            Assert.Equal(HttpStatusCode.OK, refusedForCredentials.StatusCode);
            var errors = (await BodyAsync(refusedForCredentials))["errors"]!.AsArray();
            Assert.All(errors, e => Assert.Equal(HubErrorCodes.Unauthenticated, Code(e)));
            Assert.Equal(before + i, await hub.AuditEntryCountAsync());
        }

        var marker = await hub.AuditEntryCountAsync();
        foreach (var document in new[] { ManyAliases, "mutation { submitObservations(input: { observations: [] }) { errors { message } } }" })
        {
            using var limited = await PostAsync(document);
            Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
            var retryAfter = limited.Headers.RetryAfter?.Delta ?? throw new Xunit.Sdk.XunitException("no Retry-After");
            Assert.InRange(retryAfter.TotalSeconds, 1, 600);
            var body = await BodyAsync(limited);
            Assert.Equal(HubErrorCodes.RateLimited, Code(body["errors"]![0]));
            Assert.Null(body["data"]);
        }

        Assert.Equal(marker, await hub.AuditEntryCountAsync());

        // The address's reads have their own allowance, of which the writes above spent a few permits only.
        using var read = await PostAsync("{ indicators { code } }");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.NotEmpty((await BodyAsync(read))["data"]!["indicators"]!.AsArray());
    }

    private static string Code(JsonNode? error) => error!["extensions"]!["code"]!.GetValue<string>();

    private static async Task<JsonNode> BodyAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    private Task<HttpResponseMessage> PostAsync(string query) =>
        hub.Client.Http.PostAsJsonAsync("/graphql", new { query });
}
