using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Schema.Access;
using Hub.Schema.Errors;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.RateLimits;

/// <summary>
/// The rate limiter over HTTP: each API key or token subject has its own allowance, the public one per client
/// address; a request over it gets 429 with Retry-After and a RATE_LIMITED GraphQL error, and runs nothing.
/// </summary>
public sealed class RateLimitTests(RateLimitedHub hub) : IClassFixture<RateLimitedHub>
{
    private const string Query = "{ indicators { code } }";

    [Fact]
    public async Task The_public_gets_429_with_Retry_After_once_its_address_used_its_allowance()
    {
        for (var i = 0; i < RateLimitedHub.AnonymousPermits; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(null)).StatusCode);
        }

        using var refused = await SendAsync(null);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta ?? throw new Xunit.Sdk.XunitException("no Retry-After");
        Assert.InRange(retryAfter.TotalSeconds, 1, 600);
        var body = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal(HubErrorCodes.RateLimited, body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(body["data"]);

        // Credentials have an allowance of their own: the public's exhaustion does not reach them.
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(TestTokens.For(HubRole.Partner, "unaffected-" + Guid.NewGuid()))).StatusCode);
    }

    [Fact]
    public async Task Each_token_subject_has_its_own_allowance()
    {
        var first = TestTokens.For(HubRole.Partner, "busy-" + Guid.NewGuid());
        for (var i = 0; i < RateLimitedHub.AuthenticatedPermits; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(first)).StatusCode);
        }

        // Another token of the same subject shares the allowance: the subject is limited, not the token's text.
        var sameSubject = TestTokens.For(HubRole.Partner, TokenSubject(first), expires: DateTime.UtcNow.AddMinutes(30));
        using var refused = await SendAsync(sameSubject);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(TestTokens.For(HubRole.Partner, "other-" + Guid.NewGuid()))).StatusCode);
    }

    private static string TokenSubject(string token) =>
        new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token).Subject;

    private async Task<HttpResponseMessage> SendAsync(string? token)
    {
        using var http = hub.CreateHttpClient();
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return await http.PostAsJsonAsync("/graphql", new { query = Query });
    }
}
