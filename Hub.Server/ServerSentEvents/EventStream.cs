using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Features;

namespace Hub.Server.ServerSentEvents;

/// <summary>
/// The outgoing side of one <c>text/event-stream</c> response. Operations add messages from any thread without
/// waiting; one writer sends them in order, flushes each, and then runs its <see cref="EventStreamMessage.Sent"/>
/// action. Messages added before the response is open (a single-connection reservation whose stream the client
/// has not opened yet) wait here; they are few, because each subscription has at most its delivery window of
/// results outstanding and the operations of a stream are limited.
/// </summary>
internal sealed class EventStream
{
    // Not SingleReader, although one writer reads it: the single-reader channel cannot count its items, and the
    // keep-alive looks at the count.
    private readonly Channel<EventStreamMessage> _outbox = Channel.CreateUnbounded<EventStreamMessage>(
        new UnboundedChannelOptions { SingleReader = false, SingleWriter = false, AllowSynchronousContinuations = false });

    public void Send(EventStreamMessage message) => _outbox.Writer.TryWrite(message);

    /// <summary>No more messages: the response ends once those already added have been sent.</summary>
    public void End() => _outbox.Writer.TryComplete();

    /// <summary>
    /// Sends the stream's headers and then its messages until <see cref="End"/> (returns normally) or until the
    /// client goes away (throws <see cref="OperationCanceledException"/> or an I/O exception).
    /// </summary>
    public async Task RunAsync(HttpContext context, TimeSpan keepAliveInterval, CancellationToken aborted)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        // no-cache as event streams have it, on top of the no-store (private with credentials) every answer of the hub carries.
        var storage = response.Headers.CacheControl.ToString();
        response.Headers.CacheControl = string.IsNullOrEmpty(storage) ? "no-cache" : "no-cache, " + storage;
        // nginx buffers proxied responses unless told otherwise, which would hold events back until its buffer fills.
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.StartAsync(aborted);
        var metrics = context.RequestServices.GetService<Telemetry.HubMetrics>();
        metrics?.EventStreamOpened();
        try
        {
            await SendAsync(response, keepAliveInterval, aborted);
        }
        finally
        {
            metrics?.EventStreamClosed();
        }
    }

    private async Task SendAsync(HttpResponse response, TimeSpan keepAliveInterval, CancellationToken aborted)
    {
        // Some user agents expose the response only after the first bytes of the body, not after the headers.
        await WriteAsync(response, EventStreamMessage.KeepAlive, aborted);

        using var stopKeepAlive = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var keepAlive = KeepAliveAsync(keepAliveInterval, stopKeepAlive.Token);
        try
        {
            await foreach (var message in _outbox.Reader.ReadAllAsync(aborted))
            {
                await WriteAsync(response, message, aborted);
                message.Sent?.Invoke();
            }
        }
        finally
        {
            await stopKeepAlive.CancelAsync();
            await keepAlive;
        }
    }

    private static async Task WriteAsync(HttpResponse response, EventStreamMessage message, CancellationToken aborted)
    {
        await response.Body.WriteAsync(message.Bytes, aborted);
        await response.Body.FlushAsync(aborted);
    }

    private async Task KeepAliveAsync(TimeSpan interval, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                // Only when nothing else waits: a client that stopped reading must not collect a keep-alive per tick.
                if (_outbox.Reader.Count == 0 && !_outbox.Writer.TryWrite(EventStreamMessage.KeepAlive))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The stream ended.
        }
    }
}
