using System.Diagnostics;

namespace Hub.Bench;

/// <summary>
/// What the measured events did: every delivery's latency (mutation sent → <c>next</c> received) over the
/// subscribers whose filter matches, the deliveries that never came, deliveries to subscribers whose filter does
/// not match, each delivery's time after the first delivery of the same event (the fan-out alone, without the
/// mutation's own work before it publishes), and per event, in the order sent, the time until its last delivery (the whole fan-out; a series that
/// grows means the server falls behind).
/// </summary>
public sealed record DeliveryStatistics(
    int Events,
    long Expected,
    long Received,
    long Leaked,
    long Duplicates,
    long DroppedByServer,
    int FailedSubscribers,
    double P50Ms,
    double P99Ms,
    double MaxMs,
    double SpreadP50Ms,
    double SpreadP99Ms,
    double FanoutP50Ms,
    double FanoutMaxMs,
    double MutationP50Ms,
    double MutationMaxMs,
    IReadOnlyList<double> FanoutMs)
{
    public long Missed => Expected - Received;

    public static DeliveryStatistics Of(IReadOnlyList<FeedSubscriber> subscribers, long[] sentAt, int firstEvent, int endEvent, IReadOnlyCollection<TimeSpan> mutations)
    {
        ArgumentNullException.ThrowIfNull(subscribers);
        ArgumentNullException.ThrowIfNull(sentAt);
        ArgumentNullException.ThrowIfNull(mutations);
        var matching = subscribers.Where(s => s.Filter.MatchesEvents).ToList();
        var latencies = new List<double>(matching.Count * (endEvent - firstEvent));
        var spreads = new List<double>(latencies.Capacity);
        var fanout = new List<double>();
        for (var number = firstEvent; number < endEvent; number++)
        {
            var arrivals = matching.Select(s => s.ArrivalOf(number)).Where(a => a != 0).ToList();
            var first = arrivals.Count > 0 ? arrivals.Min() : 0;
            foreach (var arrived in arrivals)
            {
                latencies.Add(Stopwatch.GetElapsedTime(sentAt[number], arrived).TotalMilliseconds);
                spreads.Add(Stopwatch.GetElapsedTime(first, arrived).TotalMilliseconds);
            }

            fanout.Add(arrivals.Count > 0 ? Stopwatch.GetElapsedTime(sentAt[number], arrivals.Max()).TotalMilliseconds : 0);
        }

        var leaked = subscribers.Where(s => !s.Filter.MatchesEvents).Sum(s => (long)Enumerable.Range(firstEvent, endEvent - firstEvent).Count(n => s.ArrivalOf(n) != 0));
        var sorted = latencies.Order().ToArray();
        var sortedSpreads = spreads.Order().ToArray();
        var sortedFanout = fanout.Order().ToArray();
        var sortedMutations = mutations.Select(m => m.TotalMilliseconds).Order().ToArray();
        return new DeliveryStatistics(
            endEvent - firstEvent,
            (long)matching.Count * (endEvent - firstEvent),
            sorted.Length,
            leaked,
            subscribers.Sum(s => (long)s.Duplicates),
            subscribers.Sum(s => s.DroppedByServer),
            subscribers.Count(s => s.Failure is not null),
            Percentile(sorted, 0.50),
            Percentile(sorted, 0.99),
            sorted.Length == 0 ? 0 : sorted[^1],
            Percentile(sortedSpreads, 0.50),
            Percentile(sortedSpreads, 0.99),
            Percentile(sortedFanout, 0.50),
            sortedFanout.Length == 0 ? 0 : sortedFanout[^1],
            Percentile(sortedMutations, 0.50),
            sortedMutations.Length == 0 ? 0 : sortedMutations[^1],
            fanout);
    }

    // Nearest-rank percentile, as QueryStatistics.
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
