using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Claims;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Transport;
using Hub.Schema.Subscription;
using Hub.Server.Streaming;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.ActivityFeed;

/// <summary>
/// One <c>activityRecorded</c> subscriber on one hub instance, started through the runner the WebSocket and SSE
/// transports use, that keeps the titles it receives (with when each arrived) so a test can ask what reached it.
/// </summary>
internal sealed class ActivityFeedProbe : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string Title, long ArrivedAt)> _received = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly DeliveryWindow _window = new(16);
    private AsyncServiceScope _scope;
    private IDisposable? _subscription;

    private ActivityFeedProbe()
    {
    }

    public IReadOnlyList<string> Titles => _received.Select(r => r.Title).ToList();

    public static async Task<ActivityFeedProbe> StartAsync(IServiceProvider services, string regionCode)
    {
        var probe = new ActivityFeedProbe { _scope = services.CreateAsyncScope() };
        var operation = await probe._scope.ServiceProvider.GetRequiredService<StreamingOperationRunner>().StartAsync(
            new GraphQLRequest
            {
                Query = "subscription($region: String) { activityRecorded(regionCode: $region) { title } }",
                Variables = new Inputs(new Dictionary<string, object?> { ["region"] = regionCode }),
            },
            new ClaimsPrincipal(),
            probe._scope.ServiceProvider,
            probe._window,
            probe._stop.Token);
        Assert.Null(operation.Result);
        var serializer = probe._scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>();
        probe._subscription = operation.Stream!.Subscribe(new Observer(probe, serializer));
        return probe;
    }

    public int Count(string title) => _received.Count(r => r.Title == title);

    /// <summary>When <paramref name="title"/> first arrived (Stopwatch ticks), waiting for it at most <paramref name="timeout"/>.</summary>
    public async Task<long> WaitForAsync(string title, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            foreach (var (received, arrivedAt) in _received)
            {
                if (received == title)
                {
                    return arrivedAt;
                }
            }

            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"\"{title}\" did not arrive within {timeout}; received: [{string.Join(", ", Titles)}]");
            }

            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        await _stop.CancelAsync();
        _stop.Dispose();
        _window.Dispose();
        await _scope.DisposeAsync();
    }

    private sealed class Observer(ActivityFeedProbe probe, IGraphQLTextSerializer serializer) : IObserver<ExecutionResult>
    {
        public void OnCompleted()
        {
        }

        public void OnError(Exception error) => probe._received.Enqueue(($"(stream failed: {error.Message})", Stopwatch.GetTimestamp()));

        public void OnNext(ExecutionResult value)
        {
            var result = JsonNode.Parse(serializer.Serialize(value))!;
            probe._received.Enqueue((result["data"]?["activityRecorded"]?["title"]?.GetValue<string>() ?? $"(error: {result["errors"]?.ToJsonString()})", Stopwatch.GetTimestamp()));
            probe._window.Release();
        }
    }
}
