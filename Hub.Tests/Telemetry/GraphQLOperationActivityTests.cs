using System.Collections.Concurrent;
using System.Diagnostics;
using Hub.Tests.Infrastructure;
using Hub.Tests.WebSockets;

namespace Hub.Tests.Telemetry;

/// <summary>
/// The DataHub activity source: one activity per GraphQL operation, over HTTP and over WebSocket, named and tagged
/// after the operation. Listened to in process, as the OTLP exporter would when an endpoint is configured; each
/// test looks only at its own operation names, so other servers' activities do not matter.
/// </summary>
[Collection(TelemetryTests.Name)]
public sealed class GraphQLOperationActivityTests(TelemetryHub hub) : IDisposable
{
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ActivityListener _listener = new();

    [Fact]
    public async Task A_named_query_over_HTTP_has_one_activity_with_its_name_and_type()
    {
        Listen();

        var response = await hub.Client.PostAsync("query TelemetryProbeHttp { indicators { code } }");
        Assert.Null(response.Errors);

        var activity = Assert.Single(Of("TelemetryProbeHttp"));
        Assert.Equal("query TelemetryProbeHttp", activity.DisplayName);
        Assert.Equal("query", activity.GetTagItem("graphql.operation.type"));
        Assert.Equal("DataHub", activity.Source.Name);
        Assert.Null(activity.GetTagItem("graphql.document.id"));
    }

    [Fact]
    public async Task A_subscription_over_WebSocket_has_an_activity_of_type_subscription()
    {
        Listen();

        using var socket = await ProtocolClient.ConnectAndInitAsync(hub.WebSocketAddress);
        await socket.SubscribeAsync("probe", "subscription TelemetryProbeSocket { activityRecorded { id } }");
        await ServerSentEvents.Eventually.TrueAsync(() => Of("TelemetryProbeSocket").Count == 1, "the subscribe step's activity stopped");
        await socket.CloseAsync();

        var activity = Assert.Single(Of("TelemetryProbeSocket"));
        Assert.Equal("subscription", activity.GetTagItem("graphql.operation.type"));
    }

    [Fact]
    public async Task A_refused_document_has_an_activity_with_error_status()
    {
        Listen();

        var response = await hub.Client.PostAsync("query TelemetryProbeRefused { noSuchField }");
        Assert.NotNull(response.Errors);

        var activity = Assert.Single(Of("TelemetryProbeRefused"));
        Assert.Equal(ActivityStatusCode.Error, activity.Status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", activity.StatusDescription);
    }

    public void Dispose() => _listener.Dispose();

    private void Listen()
    {
        _listener.ShouldListenTo = source => source.Name == "DataHub";
        _listener.Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded;
        _listener.ActivityStopped = _stopped.Enqueue;
        ActivitySource.AddActivityListener(_listener);
    }

    private List<Activity> Of(string operationName) =>
        _stopped.Where(a => (a.GetTagItem("graphql.operation.name") as string) == operationName).ToList();
}
