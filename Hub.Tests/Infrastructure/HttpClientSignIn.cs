using System.Net.Http.Headers;

namespace Hub.Tests.Infrastructure;

/// <summary>Signs a test client in, for tests that write data (every mutation needs credentials).</summary>
public static class HttpClientSignIn
{
    /// <summary>Sends an ADMIN bearer token, signed with the key every test hub is configured with, on every request.</summary>
    public static HttpClient SignedInAsAdmin(this HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Admin);
        return http;
    }
}
