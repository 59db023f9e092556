using System.Net;
using System.Net.Http.Headers;
using Hub.Schema.Access;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.ServerSentEvents;

/// <summary>
/// A single-connection stream belongs to the caller who reserved it: a leaked token lets nobody else open the
/// stream (and read the results of operations run with the owner's credentials) or post operations to it.
/// </summary>
[Collection(KestrelSseTests.Name)]
public sealed class ServerSentEventsCallerTests(KestrelSseHub hub) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = hub.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task Only_the_caller_who_reserved_a_stream_can_open_it_or_run_operations_on_it()
    {
        var owner = Bearer("analyst-1");
        var token = await ReserveAsync(owner);

        using (var anonymous = await SendAsync(SseRequests.Open(token), bearer: null, acceptStream: true))
        {
            Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        }

        using (var someoneElse = await SendAsync(SseRequests.Open(token), Bearer("analyst-2"), acceptStream: true))
        {
            Assert.Equal(HttpStatusCode.NotFound, someoneElse.StatusCode);
        }

        using (var operationOfAnother = await SendAsync(SseRequests.Post("{ indicators { code } }", extensions: new { operationId = "x" }, token: token), Bearer("analyst-2"), acceptStream: false))
        {
            Assert.Equal(HttpStatusCode.NotFound, operationOfAnother.StatusCode);
        }

        using var opened = await SendAsync(SseRequests.Open(token), owner, acceptStream: true);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        using var accepted = await SendAsync(SseRequests.Post("{ indicators { code } }", extensions: new { operationId = "mine" }, token: token), owner, acceptStream: false);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
    }

    private async Task<string> ReserveAsync(string bearer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/graphql/stream");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string? bearer, bool acceptStream)
    {
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (acceptStream)
        {
            request.Headers.Accept.ParseAdd("text/event-stream");
        }

        return _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    private static string Bearer(string subject) => TestTokens.For(HubRole.Analyst, regionCode: "370102000000", subject: subject);

    public void Dispose() => _http.Dispose();
}
