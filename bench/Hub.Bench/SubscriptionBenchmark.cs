using System.Diagnostics;

namespace Hub.Bench;

/// <summary>
/// The subscription benchmark (issue 5 part 6): N graphql-transport-ws subscribers on one server, one activity
/// recorded per interval over HTTP, per-delivery latency from send to arrival, and the server's memory per
/// subscriber. Event 0 warms the server's WebSocket and subscription path up on a few subscribers of their own
/// (so that JIT and first-use allocations are not counted per subscriber), event 1 is sent until every
/// subscriber has it (proof that all are subscribed), and events 2… are measured.
/// </summary>
public static class SubscriptionBenchmark
{
    public const string Query = "subscription($regionCode: String, $kinds: [ActivityKind!]) { activityRecorded(regionCode: $regionCode, kinds: $kinds) { id title } }";
    private const int WarmupEvent = 0;
    private const int ReadinessEvent = 1;
    private const int FirstMeasuredEvent = 2;
    private const int WarmupSubscribers = 20;
    private static readonly TimeSpan HandshakeTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ReadinessTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan GcTimeout = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(SubscriptionBenchOptions options, TextWriter output, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(log);
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(1) };
        if (Environment.GetEnvironmentVariable(AdminToken.SigningKeyVariable) is { Length: > 0 } signingKey)
        {
            http.DefaultRequestHeaders.Authorization = new("Bearer", AdminToken.Mint(signingKey));
        }

        var endpoint = new GraphQLEndpoint(http, options.Url);
        var station = await RecordingStation.DiscoverAsync(endpoint);
        var eventCount = FirstMeasuredEvent + options.Events;
        var sentAt = new long[eventCount];
        var mutations = new List<TimeSpan>();

        async Task RecordAsync(int number)
        {
            Volatile.Write(ref sentAt[number], Stopwatch.GetTimestamp());
            var elapsed = await station.RecordAsync(endpoint, EventTitle.Of(number));
            lock (mutations)
            {
                mutations.Add(elapsed);
            }
        }

        await log.WriteLineAsync($"warming up on {WarmupSubscribers} subscribers …");
        var warmup = await ConnectAsync(options, Enumerable.Repeat(RecordingStation.Unfiltered, WarmupSubscribers).ToList(), eventCount, log);
        if (warmup.Failures > 0)
        {
            // The transport does not work at all (or not here): nothing worth measuring.
            await log.WriteLineAsync($"{warmup.Failures} of {WarmupSubscribers} warm-up handshakes with {options.WebSocketUrl} failed, the first: {warmup.FirstFailure}");
            await CloseAllAsync(warmup.Subscribers, options.ConnectConcurrency);
            return 1;
        }

        await RecordAsync(WarmupEvent);
        if (await WaitForAsync(warmup.Subscribers, WarmupEvent, TimeSpan.FromSeconds(30)) < WarmupSubscribers)
        {
            await log.WriteLineAsync($"Not every warm-up subscriber received the warm-up activity within 30 s: {warmup.Subscribers.Select(s => s.Failure).FirstOrDefault(f => f is not null) ?? "no error seen"}");
            await CloseAllAsync(warmup.Subscribers, options.ConnectConcurrency);
            return 1;
        }

        await CloseAllAsync(warmup.Subscribers, options.ConnectConcurrency);
        mutations.Clear();

        MemorySample? before = null;
        if (options.ServerPid is { } pid)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            before = await ServerMemory.AfterFullGcAsync(pid, GcTimeout);
        }

        var filters = station.FiltersFor(options.Subscribers, options.FilteredPercent);
        await log.WriteLineAsync($"connecting {options.Subscribers:N0} subscribers to {options.WebSocketUrl} ({options.ConnectConcurrency} handshakes at a time) …");
        var (subscribers, connectFailures, firstConnectFailure, connectTime) = await ConnectAsync(options, filters, eventCount, log);

        await log.WriteLineAsync($"{subscribers.Count:N0} connected in {connectTime.TotalSeconds:N1} s; waiting until every subscriber receives an activity …");
        var readiness = Stopwatch.StartNew();
        var ready = 0;
        while (readiness.Elapsed < ReadinessTimeout)
        {
            await RecordAsync(ReadinessEvent);
            ready = await WaitForAsync(subscribers, ReadinessEvent, TimeSpan.FromSeconds(5));
            if (ready == subscribers.Count(s => s.Filter.MatchesEvents))
            {
                break;
            }
        }

        var readyTime = readiness.Elapsed;
        mutations.Clear();
        MemorySample? subscribed = null;
        if (options.ServerPid is { } subscribedPid)
        {
            subscribed = await ServerMemory.AfterFullGcAsync(subscribedPid, GcTimeout);
        }

        await log.WriteLineAsync($"{ready:N0} ready after {readyTime.TotalSeconds:N1} s; recording {options.Events} activities, one every {options.Interval.TotalMilliseconds:N0} ms …");
        using var server = options.ServerPid is { } cpuPid ? Process.GetProcessById(cpuPid) : null;
        using var driver = Process.GetCurrentProcess();
        var serverCpu = server?.TotalProcessorTime;
        var driverCpu = driver.TotalProcessorTime;
        await using var profile = options.Profile is { } profilePath ? await ServerProfile.StartAsync(options.ServerPid!.Value, profilePath) : null;
        var phase = Stopwatch.StartNew();
        var sends = new List<Task>();
        using (var timer = new PeriodicTimer(options.Interval))
        {
            for (var number = FirstMeasuredEvent; number < eventCount; number++)
            {
                sends.Add(RecordAsync(number));
                if (number + 1 < eventCount)
                {
                    await timer.WaitForNextTickAsync();
                }
            }
        }

        await Task.WhenAll(sends);
        var grace = Stopwatch.StartNew();
        while (grace.Elapsed < options.Grace && !AllArrived(subscribers, eventCount))
        {
            await Task.Delay(100);
        }

        server?.Refresh();
        driver.Refresh();
        var cpu = new CpuUse(phase.Elapsed, server?.TotalProcessorTime - serverCpu, driver.TotalProcessorTime - driverCpu);
        if (profile is not null)
        {
            await profile.DisposeAsync();
            await log.WriteLineAsync($"server thread samples written to {Path.GetFullPath(options.Profile!)}");
        }

        var afterEvents = options.ServerPid is { } eventsPid ? ServerMemory.Read(eventsPid) : null;
        var delivery = DeliveryStatistics.Of(subscribers, sentAt, FirstMeasuredEvent, eventCount, mutations);

        await log.WriteLineAsync("closing the subscribers …");
        await CloseAllAsync(subscribers, options.ConnectConcurrency);
        MemorySample? closed = null;
        if (options.ServerPid is { } closedPid)
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            closed = await ServerMemory.AfterFullGcAsync(closedPid, GcTimeout);
        }

        var report = new SubscriptionReport(options, station, filters, subscribers.Count, connectFailures, firstConnectFailure, connectTime, ready, readyTime, delivery, cpu, before, subscribed, afterEvents, closed);
        var text = report.ToMarkdown();
        await output.WriteAsync(text);
        if (options.Output is { } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            await File.AppendAllTextAsync(file, text + Environment.NewLine);
        }

        foreach (var failure in subscribers.Select(s => s.Failure).OfType<string>().GroupBy(f => f).OrderByDescending(g => g.Count()).Take(5))
        {
            await log.WriteLineAsync($"{failure.Count():N0} subscribers: {failure.Key}");
        }

        return delivery.Missed == 0 && delivery.Leaked == 0 && connectFailures == 0 ? 0 : 1;
    }

    private static async Task<(List<FeedSubscriber> Subscribers, int Failures, string? FirstFailure, TimeSpan Elapsed)> ConnectAsync(
        SubscriptionBenchOptions options, IReadOnlyList<FeedFilter> filters, int eventCount, TextWriter log)
    {
        var connected = new FeedSubscriber?[filters.Count];
        var failures = 0;
        string? firstFailure = null;
        var started = Stopwatch.StartNew();
        var next = -1;
        var progress = 0;
        var workers = Enumerable.Range(0, Math.Min(options.ConnectConcurrency, filters.Count)).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < filters.Count; i = Interlocked.Increment(ref next))
            {
                var subscriber = new FeedSubscriber(filters[i], eventCount, FirstMeasuredEvent);
                try
                {
                    await subscriber.ConnectAsync(options.WebSocketUrl, Query, filters[i].Variables?.DeepClone().AsObject(), HandshakeTimeout);
                    connected[i] = subscriber;
                }
#pragma warning disable CA1031 // A failed handshake is counted and reported, whatever its kind.
                catch (Exception failed)
#pragma warning restore CA1031
                {
                    Interlocked.Increment(ref failures);
                    Interlocked.CompareExchange(ref firstFailure, $"{failed.GetType().Name}: {failed.Message}", null);
                    await subscriber.DisposeAsync();
                }

                if (Interlocked.Increment(ref progress) % 2000 == 0)
                {
                    await log.WriteLineAsync($"  {progress:N0} handshakes in {started.Elapsed.TotalSeconds:N1} s");
                }
            }
        })).ToList();
        await Task.WhenAll(workers);
        return (connected.OfType<FeedSubscriber>().ToList(), failures, firstFailure, started.Elapsed);
    }

    /// <summary>Waits until every subscriber whose filter matches has event <paramref name="number"/>, or the time is up; returns how many have it.</summary>
    private static async Task<int> WaitForAsync(List<FeedSubscriber> subscribers, int number, TimeSpan timeout)
    {
        var expected = subscribers.Where(s => s.Filter.MatchesEvents).ToList();
        var waiting = Stopwatch.StartNew();
        int arrived;
        while ((arrived = expected.Count(s => s.ArrivalOf(number) != 0)) < expected.Count && waiting.Elapsed < timeout)
        {
            await Task.Delay(50);
        }

        return arrived;
    }

    private static bool AllArrived(List<FeedSubscriber> subscribers, int eventCount) =>
        subscribers.Where(s => s.Filter.MatchesEvents).All(s => Enumerable.Range(FirstMeasuredEvent, eventCount - FirstMeasuredEvent).All(n => s.ArrivalOf(n) != 0));

    private static async Task CloseAllAsync(List<FeedSubscriber> subscribers, int concurrency)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Math.Min(concurrency, subscribers.Count)).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < subscribers.Count; i = Interlocked.Increment(ref next))
            {
                await subscribers[i].CloseAsync(TimeSpan.FromSeconds(10));
                await subscribers[i].DisposeAsync();
            }
        })));
    }
}
