using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Hub.Data.ActivityFeed;

/// <summary>
/// The feed of a hub that runs as several instances (<c>Hub:ActivityFeed:Redis</c> set). An activity recorded here
/// goes to this instance's subscribers at once and, through the Redis channel, to every other instance; activities
/// recorded elsewhere arrive through the channel. Redis is never on the path to local subscribers, so while it is
/// unreachable each instance still serves its own: activities recorded during an outage reach only the subscribers
/// of the instance that recorded them (Redis pub/sub keeps no history, and neither does this feed). The multiplexer
/// reconnects and re-subscribes by itself when Redis is back; the gap is logged.
/// </summary>
public sealed partial class RedisActivityFeed(ActivityFanout fanout, ActivityFeedOptions options, ILogger<RedisActivityFeed> logger)
    : IActivityFeed, IHostedService, IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly RedisChannel _channel = RedisChannel.Literal(options.RedisChannel);
    private readonly SemaphoreSlim _lifecycle = new(1, 1);
    private volatile ConnectionMultiplexer? _connection;
    private readonly List<Action<IConnectionMultiplexer>> _whenConnected = [];
    private ChannelMessageQueue? _messages;
    private bool _stopped;
    private int _disposed;

    /// <summary>Tells this instance's own messages from those of other instances; new for every process start.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>
    /// Hands the multiplexer to <paramref name="callback"/> once it exists, at once when it already does: tracing
    /// registers its profiler on the connection this way, and the feed needs to know nothing of tracing.
    /// </summary>
    public void WhenConnected(Action<IConnectionMultiplexer> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        ConnectionMultiplexer? connection;
        lock (_whenConnected)
        {
            connection = _connection;
            if (connection is null)
            {
                _whenConnected.Add(callback);
                return;
            }
        }

        callback(connection);
    }

    /// <summary>Whether this instance can publish to Redis right now.</summary>
    public bool IsConnected => _connection?.IsConnected == true;

    public async Task PublishAsync(ActivityRecorded recorded, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        fanout.Deliver(recorded);
        if (_connection is not { } connection)
        {
            LogNotStarted(logger, recorded.ActivityId);
            return;
        }

        try
        {
            var message = JsonSerializer.Serialize(new RedisActivityMessage(InstanceId, recorded), Json);
            await connection.GetSubscriber().PublishAsync(_channel, message).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or ObjectDisposedException)
        {
            // The activity is stored and this instance's subscribers have it; only the other instances miss it.
            LogPublishFailed(logger, recorded.ActivityId, exception);
        }
    }

    /// <summary>
    /// Connects and subscribes. An unreachable Redis does not stop the server from starting: the multiplexer keeps
    /// trying in the background and subscribes once it gets through.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _lifecycle.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_connection is not null || _stopped)
            {
                return;
            }

            var configuration = ConfigurationOptions.Parse(options.Redis ?? throw new InvalidOperationException("Hub:ActivityFeed:Redis is not set."));
            configuration.AbortOnConnectFail = false;
            // A publish while Redis is away fails at once (and is logged) instead of holding the mutation until a timeout.
            configuration.BacklogPolicy = BacklogPolicy.FailFast;
            configuration.ClientName ??= $"datahub-{InstanceId}";
            // The multiplexer's own logger is left out on purpose: it reports every reconnect attempt of an outage
            // as an error with a stack trace; the events below say once what an outage means for the feed.

            var connection = await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
            connection.ConnectionFailed += OnConnectionFailed;
            connection.ConnectionRestored += OnConnectionRestored;
            Action<IConnectionMultiplexer>[] waiting;
            lock (_whenConnected)
            {
                _connection = connection;
                waiting = [.. _whenConnected];
                _whenConnected.Clear();
            }

            foreach (var callback in waiting)
            {
                callback(connection);
            }

            if (!connection.IsConnected)
            {
                LogUnreachableAtStart(logger, configuration.ToString(includePassword: false));
            }

            // The multiplexer registers the subscription before telling Redis and (re)subscribes on every connect, so
            // fire-and-forget both when Redis is away now and when it is there; a failed awaited SUBSCRIBE would
            // leave a registered queue behind that nobody reads.
            _messages = await connection.GetSubscriber().SubscribeAsync(_channel, CommandFlags.FireAndForget).ConfigureAwait(false);
            _messages.OnMessage(Receive);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>Unsubscribes and closes the connection; events recorded afterwards stay in this instance.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _lifecycle.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            _stopped = true;
            if (_connection is not { } connection)
            {
                return;
            }

            _connection = null;
            if (_messages is { } messages)
            {
                _messages = null;
                try
                {
                    await messages.UnsubscribeAsync().ConfigureAwait(false);
                }
                catch (RedisException exception)
                {
                    // Redis is away: closing the connection below ends the subscription on its side too.
                    LogUnsubscribeFailed(logger, exception);
                }
            }

            connection.ConnectionFailed -= OnConnectionFailed;
            connection.ConnectionRestored -= OnConnectionRestored;
            await connection.CloseAsync(allowCommandsToComplete: true).ConfigureAwait(false);
            await connection.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _lifecycle.Release();
        }
    }

    /// <summary>Idempotent: the container disposes the one instance once for each service it is registered as.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await StopAsync(CancellationToken.None).ConfigureAwait(false);
            _lifecycle.Dispose();
        }
    }

    private void Receive(ChannelMessage message)
    {
        RedisActivityMessage? received;
        try
        {
            received = JsonSerializer.Deserialize<RedisActivityMessage>(message.Message.ToString(), Json);
        }
        catch (JsonException exception)
        {
            LogUnreadableMessage(logger, options.RedisChannel, exception);
            return;
        }

        if (received?.Activity is not { RegionCodes: not null } recorded || received.Origin is null)
        {
            LogUnreadableMessage(logger, options.RedisChannel, null);
            return;
        }

        if (received.Origin != InstanceId)
        {
            fanout.Deliver(recorded);
        }
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e) =>
        LogConnectionLost(logger, e.ConnectionType, e.EndPoint, e.FailureType, e.Exception);

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e) =>
        LogConnectionRestored(logger, e.ConnectionType, e.EndPoint);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning,
        Message = "Redis is unreachable at start ({Configuration}): activities reach this instance's subscribers only until it connects; it keeps trying")]
    private static partial void LogUnreachableAtStart(ILogger logger, string configuration);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning,
        Message = "Redis {ConnectionType} connection to {EndPoint} lost ({FailureType}): until it is back, activities recorded here reach only this instance's subscribers and those recorded on other instances do not arrive here")]
    private static partial void LogConnectionLost(ILogger logger, ConnectionType connectionType, System.Net.EndPoint? endPoint, ConnectionFailureType failureType, Exception? exception);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information,
        Message = "Redis {ConnectionType} connection to {EndPoint} restored: the activity feed spans instances again (activities recorded during the gap are not replayed)")]
    private static partial void LogConnectionRestored(ILogger logger, ConnectionType connectionType, System.Net.EndPoint? endPoint);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning,
        Message = "Activity {ActivityId} reached this instance's subscribers but could not be published to Redis; other instances miss it")]
    private static partial void LogPublishFailed(ILogger logger, int activityId, Exception exception);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Debug,
        Message = "Activity {ActivityId} reached this instance's subscribers only: the Redis feed has not started (a CLI verb, or the host is not running)")]
    private static partial void LogNotStarted(ILogger logger, int activityId);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Warning,
        Message = "An unreadable message on Redis channel {Channel} was ignored")]
    private static partial void LogUnreadableMessage(ILogger logger, string channel, Exception? exception);

    [LoggerMessage(EventId = 5008, Level = LogLevel.Debug,
        Message = "Unsubscribing from Redis at shutdown failed; closing the connection ends the subscription")]
    private static partial void LogUnsubscribeFailed(ILogger logger, Exception exception);
}
