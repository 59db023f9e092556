using System.Diagnostics;
using System.Diagnostics.Metrics;
using Hub.Data.ActivityFeed;
using Hub.Server.WebSockets;

namespace Hub.Server.Telemetry;

/// <summary>
/// The instruments of the <c>DataHub</c> meter, which /metrics shows in Prometheus text format. One singleton
/// holds them all, so that the series an operator finds in the README are the ones written here, with their tags.
/// </summary>
/// <remarks>
/// The meter comes from <see cref="IMeterFactory"/>, so it lives and dies with the host's service provider (the
/// tests run several hosts in one process). Counts that some other part of the server already keeps (the open
/// sockets, the fan-out's deliveries and drops) are observed rather than counted twice.
/// </remarks>
internal sealed class HubMetrics
{
    public const string MeterName = "DataHub";

    /// <summary>Tag values of <c>transport</c>.</summary>
    public const string Http = "http";
    public const string WebSocket = "websocket";
    public const string ServerSentEvents = "sse";

    /// <summary>An operation the server runs for itself, through the streaming runner, on no transport.</summary>
    public const string InProcess = "in_process";

    /// <summary>Tag values of <c>outcome</c>: ran without errors, ran with errors in the result, refused before execution, failed on the server.</summary>
    public const string Ok = "ok";
    public const string Errors = "errors";
    public const string Refused = "refused";
    public const string Failed = "failed";

    // Seconds: a GraphQL request of the hub takes milliseconds; the request time-out (30 s by default) caps it.
    private static readonly double[] DurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    // The DataLoaders keep a request at a handful of statements; a long tail here is an N+1 to look at.
    private static readonly int[] StatementBuckets = [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89];

    private readonly Counter<long> _requests;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _errors;
    private readonly Histogram<int> _sqlStatements;
    private readonly UpDownCounter<long> _eventStreams;
    private readonly Counter<long> _answerLookups;

    public HubMetrics(IMeterFactory meterFactory, ActivityFanout fanout, GraphQLWebSocketConnections sockets)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _requests = meter.CreateCounter<long>(
            "datahub.graphql.requests",
            "{request}",
            "GraphQL requests (over HTTP) and operations (over WebSocket and SSE) by transport, operation type, outcome and HTTP status.");
        _duration = meter.CreateHistogram(
            "datahub.graphql.request.duration",
            "s",
            "Time from reading a GraphQL request to its answer; for a subscription, to its start.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        _errors = meter.CreateCounter<long>(
            "datahub.graphql.errors",
            "{error}",
            "GraphQL errors sent to clients, by extensions.code.");
        _sqlStatements = meter.CreateHistogram(
            "datahub.graphql.sql_statements",
            "{statement}",
            "SQL statements one GraphQL operation sent, by operation type.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = StatementBuckets });
        _answerLookups = meter.CreateCounter<long>(
            "datahub.answer_cache.lookups",
            "{lookup}",
            "Queries looked up in the answer cache, by result: hit (answered from memory) or miss (executed).");
        meter.CreateObservableUpDownCounter(
            "datahub.websocket.connections",
            () => sockets.Count,
            "{connection}",
            "Open graphql-transport-ws connections.");
        _eventStreams = meter.CreateUpDownCounter<long>(
            "datahub.sse.streams",
            "{stream}",
            "Open text/event-stream responses (graphql-sse, both modes).");
        meter.CreateObservableCounter(
            "datahub.subscription.deliveries",
            () => fanout.Delivered,
            "{event}",
            "Recorded activities offered to a matching subscriber of this instance.");
        meter.CreateObservableCounter(
            "datahub.subscription.drops",
            () => fanout.Dropped,
            "{event}",
            "Activities dropped from the buffer of a subscriber too slow to read them.");
    }

    /// <summary>One GraphQL request or streamed operation, answered (or, for a subscription, started).</summary>
    /// <param name="operationType">query, mutation, subscription, batch, or unknown when the request was refused before an operation was known.</param>
    /// <param name="status">The HTTP status of the answer; null for an operation on a socket or stream, which has none of its own.</param>
    public void RecordRequest(string transport, string operationType, string outcome, int? status, TimeSpan elapsed)
    {
        var tags = new TagList
        {
            { "transport", transport },
            { "graphql.operation.type", operationType },
            { "outcome", outcome },
        };
        if (status is { } code)
        {
            tags.Add("http.response.status_code", code);
        }

        _requests.Add(1, tags);
        _duration.Record(elapsed.TotalSeconds, tags);
    }

    /// <summary>One error as it is written to a client.</summary>
    public void RecordError(string? code) => _errors.Add(1, new KeyValuePair<string, object?>("code", code ?? "NONE"));

    public void RecordSqlStatements(int count, string operationType) =>
        _sqlStatements.Record(count, new KeyValuePair<string, object?>("graphql.operation.type", operationType));

    public void RecordAnswerLookup(bool hit) => _answerLookups.Add(1, new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));

    public void EventStreamOpened() => _eventStreams.Add(1);

    public void EventStreamClosed() => _eventStreams.Add(-1);
}
