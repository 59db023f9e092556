using System.Diagnostics;

namespace Hub.Bench;

/// <summary>
/// What the measured events did: every delivery's latency (mutation sent → <c>next</c> received) over the
/// subscribers whose filter matches, the deliveries that never came, deliveries to subscribers whose filter does
/// not match, and per event, in the order sent, the time until its last delivery (the whole fan-out; a series that
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
        var fanout = new List<double>();
        for (var number = firstEvent; number < endEvent; number++)
        {
            var last = 0.0;
            foreach (var subscriber in matching)
            {
                var arrived = subscriber.ArrivalOf(number);
                if (arrived != 0)
                {
                    var latency = Stopwatch.GetElapsedTime(sentAt[number], arrived).TotalMilliseconds;
                    latencies.Add(latency);
                    last = Math.Max(last, latency);
                }
            }

            fanout.Add(last);
        }

        var leaked = subscribers.Where(s => !s.Filter.MatchesEvents).Sum(s => (long)Enumerable.Range(firstEvent, endEvent - firstEvent).Count(n => s.ArrivalOf(n) != 0));
        var sorted = latencies.Order().ToArray();
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
