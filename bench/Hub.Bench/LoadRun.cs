using System.Diagnostics;

namespace Hub.Bench;

/// <summary>
/// Closed-loop load: each client sends its next request as soon as the last one answered, walking
/// the weighted mix from a random starting point, until the time is up.
/// </summary>
public sealed class LoadRun(GraphQLEndpoint endpoint, IReadOnlyList<QueryTemplate> mix, VariablePools pools)
{
    public async Task<(IReadOnlyList<Sample> Samples, TimeSpan Wall)> RunAsync(int concurrency, TimeSpan duration, int seed)
    {
        var schedule = mix.SelectMany((template, index) => Enumerable.Repeat(index, template.Weight)).ToArray();
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var random = new Random(HashCode.Combine(seed, worker));
            var order = schedule.OrderBy(_ => random.Next()).ToArray();
            var samples = new List<Sample>();
            for (var i = random.Next(order.Length); Stopwatch.GetElapsedTime(started) < duration; i++)
            {
                var template = mix[order[i % order.Length]];
                var result = await endpoint.PostAsync(template.Query, template.Instantiate(pools, random), CancellationToken.None);
                samples.Add(new Sample(template.Name, result.Elapsed, result.Error, result.SqlStatements));
            }

            return samples;
        })).ToList();
        var all = (await Task.WhenAll(workers)).SelectMany(s => s).ToList();
        return (all, Stopwatch.GetElapsedTime(started));
    }
}
