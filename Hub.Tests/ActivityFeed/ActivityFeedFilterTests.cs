using System.Security.Claims;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Transport;
using Hub.Schema.Subscription;
using Hub.Server.Streaming;
using Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.ActivityFeed;

/// <summary>
/// <c>activityRecorded</c> below the transports: activities recorded through the real HTTP endpoint reach a
/// subscription started through the same runner the WebSocket and SSE transports use, filtered by region,
/// station and kind, and only after they committed. The transports' own tests drive it with the npm clients.
/// </summary>
public sealed class ActivityFeedFilterTests(SqliteDemoHub hub) : IClassFixture<SqliteDemoHub>
{
    [Fact]
    public async Task A_subscriber_receives_the_committed_activities_its_filter_matches_and_nothing_else()
    {
        var (inside, district, outside) = await ActivityRecording.StationsAsync(hub.Client);

        await using var scope = hub.CreateScope();
        using var window = new DeliveryWindow(4);
        using var stop = new CancellationTokenSource();
        var runner = scope.ServiceProvider.GetRequiredService<StreamingOperationRunner>();
        var operation = await runner.StartAsync(
            new GraphQLRequest
            {
                Query = "subscription($region: String, $kinds: [ActivityKind!]) { activityRecorded(regionCode: $region, kinds: $kinds) { title kind station { id } } }",
                Variables = new Inputs(new Dictionary<string, object?> { ["region"] = district, ["kinds"] = new List<object?> { "GROUP_WORK" } }),
            },
            new ClaimsPrincipal(),
            scope.ServiceProvider,
            window,
            stop.Token);
        Assert.Null(operation.Result);
        var received = Channel.CreateUnbounded<ExecutionResult>();
        using var subscription = operation.Stream!.Subscribe(new ChannelObserver(received.Writer, window));

        await ActivityRecording.RecordAsync(hub.Admin, outside, "GROUP_WORK", "区外小组");
        await ActivityRecording.RecordAsync(hub.Admin, inside, "TRAINING", "区内培训");
        await ActivityRecording.RecordAsync(hub.Admin, inside, "GROUP_WORK", "区内小组");

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var first = await received.Reader.ReadAsync(timeout.Token);
        var data = JsonNode.Parse(scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>().Serialize(first))!;
        Assert.Null(data["errors"]);
        Assert.Equal("区内小组", data["data"]!["activityRecorded"]!["title"]!.GetValue<string>());
        Assert.Equal(inside, data["data"]!["activityRecorded"]!["station"]!["id"]!.GetValue<string>());
        await Task.Delay(300);
        Assert.False(received.Reader.TryRead(out _), "only the matching activity arrives");
    }

    private sealed class ChannelObserver(ChannelWriter<ExecutionResult> writer, DeliveryWindow window) : IObserver<ExecutionResult>
    {
        public void OnCompleted() => writer.TryComplete();

        public void OnError(Exception error) => writer.TryComplete(error);

        public void OnNext(ExecutionResult value)
        {
            writer.TryWrite(value);
            window.Release();
        }
    }
}
