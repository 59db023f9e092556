using System.Net;
using System.Net.Http.Json;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Cors;

/// <summary>An empty hub with an anonymous allowance of one request, to see a 429 from another origin.</summary>
public sealed class RateLimitedCorsHub : HubServerFixture
{
    protected override bool SeedDemoData => false;

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Hub:RateLimits:Enabled"] = "true",
        ["Hub:RateLimits:AnonymousPermits"] = "1",
        ["Hub:RateLimits:Window"] = "00:10:00",
    };

    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.CreateSqlite());
}

/// <summary>A page of another origin that is refused for going too fast can read the refusal and when to retry; preflights cost no allowance.</summary>
public sealed class RateLimitedCorsTests(RateLimitedCorsHub hub) : IClassFixture<RateLimitedCorsHub>
{
    private const string Origin = "https://partner.example.org";

    [Fact]
    public async Task A_429_from_another_origin_carries_CORS_headers_and_exposes_Retry_After_and_preflights_are_not_counted()
    {
        using var http = hub.CreateHttpClient();
        for (var i = 0; i < 3; i++)
        {
            using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
            preflight.Headers.TryAddWithoutValidation("Origin", Origin);
            preflight.Headers.TryAddWithoutValidation("Access-Control-Request-Method", "POST");
            preflight.Headers.TryAddWithoutValidation("Access-Control-Request-Headers", "content-type");
            using var answered = await http.SendAsync(preflight);
            Assert.Equal(HttpStatusCode.NoContent, answered.StatusCode);
        }

        using var first = await http.SendAsync(Request());
        using var second = await http.SendAsync(Request());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal((HttpStatusCode)429, second.StatusCode);
        Assert.Equal("*", string.Join(",", second.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.NotNull(second.Headers.RetryAfter);
        var exposed = string.Join(",", second.Headers.GetValues("Access-Control-Expose-Headers"));
        Assert.Contains("Retry-After", exposed, StringComparison.OrdinalIgnoreCase);
    }

    private static HttpRequestMessage Request()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ __typename }" }) };
        request.Headers.TryAddWithoutValidation("Origin", Origin);
        return request;
    }
}
