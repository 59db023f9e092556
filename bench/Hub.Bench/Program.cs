using System.Globalization;
using Hub.Bench;

if (args is ["rollups", .. var rollupArgs])
{
    RollupBenchOptions rollupOptions;
    try
    {
        rollupOptions = RollupBenchOptions.Parse(rollupArgs);
    }
    catch (Exception invalid) when (invalid is ArgumentException or FormatException)
    {
        await Console.Error.WriteLineAsync(invalid.Message);
        await Console.Error.WriteLineAsync(RollupBenchOptions.Usage);
        return 64;
    }

    return await RollupComparison.RunAsync(rollupOptions, Console.Out, Console.Error);
}

if (args is ["subscriptions", .. var subscriptionArgs])
{
    SubscriptionBenchOptions subscriptionOptions;
    try
    {
        subscriptionOptions = SubscriptionBenchOptions.Parse(subscriptionArgs);
    }
    catch (Exception invalid) when (invalid is ArgumentException or FormatException)
    {
        await Console.Error.WriteLineAsync(invalid.Message);
        await Console.Error.WriteLineAsync(SubscriptionBenchOptions.Usage);
        return 64;
    }

    try
    {
        return await SubscriptionBenchmark.RunAsync(subscriptionOptions, Console.Out, Console.Error);
    }
    catch (Exception failed) when (failed is HttpRequestException or InvalidOperationException)
    {
        // No hub at --url, or it refused a recordActivity: say so instead of a crash dump.
        await Console.Error.WriteLineAsync(failed.Message);
        return 1;
    }
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception invalid) when (invalid is ArgumentException or FormatException)
{
    await Console.Error.WriteLineAsync(invalid.Message);
    await Console.Error.WriteLineAsync(BenchOptions.Usage);
    return 64;
}

var mix = Directory.GetFiles(options.Queries, "*.graphql").Order(StringComparer.Ordinal).Select(QueryTemplate.Load)
    .Where(template => !options.Skip.Contains(template.Name)).ToList();
if (mix.Count == 0)
{
    await Console.Error.WriteLineAsync($"No *.graphql files in {Path.GetFullPath(options.Queries)}.");
    return 64;
}

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
{
    Timeout = TimeSpan.FromMinutes(2),
};
var endpoint = new GraphQLEndpoint(http, options.Url);
var pools = await VariablePools.DiscoverAsync(endpoint, options);
foreach (var template in mix)
{
    // Every query once, before any timing: a query the schema rejects stops the run here, not as a column of errors.
    var result = await endpoint.PostAsync(template.Query, template.Instantiate(pools, new Random(options.Seed)), CancellationToken.None);
    if (result.Error is not null)
    {
        await Console.Error.WriteLineAsync($"{template.Name} fails: {result.Error}");
        return 1;
    }
}

var dataset = await endpoint.QueryAsync("{ stations(first: 1) { totalCount } regions(first: 1) { totalCount } projects(first: 1) { totalCount } activities(first: 1) { totalCount } }");
string Count(string field) => dataset[field]!["totalCount"]!.GetValue<int>().ToString("N0", CultureInfo.InvariantCulture);

var run = new LoadRun(endpoint, mix, pools);
if (options.Warmup > TimeSpan.Zero)
{
    await Console.Error.WriteLineAsync($"warming up for {options.Warmup.TotalSeconds:N0} s …");
    await run.RunAsync(options.Concurrency, options.Warmup, options.Seed + 1);
}

await Console.Error.WriteLineAsync($"measuring for {options.Duration.TotalSeconds:N0} s with {options.Concurrency} clients …");
var (samples, wall) = await run.RunAsync(options.Concurrency, options.Duration, options.Seed);

Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"{options.Url} · {Count("stations")} stations, {Count("regions")} regions, {Count("projects")} projects, {Count("activities")} activities · {options.Concurrency} clients · {wall.TotalSeconds:N1} s measured after {options.Warmup.TotalSeconds:N0} s warm-up · {Environment.ProcessorCount} cores · {DateTime.Now:yyyy-MM-dd HH:mm}"));
Console.WriteLine();
Console.WriteLine(QueryStatistics.Header);
var rows = samples.GroupBy(s => s.Query).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => QueryStatistics.Of(g.Key, g.ToList(), wall)).ToList();
foreach (var row in rows)
{
    Console.WriteLine(row.ToRow());
}

Console.WriteLine(QueryStatistics.Of("**all**", samples, wall).ToRow());
foreach (var failed in rows.Where(r => r.FirstError is not null))
{
    await Console.Error.WriteLineAsync($"{failed.Query}: {failed.Errors} errors, first: {failed.FirstError}");
}

return rows.Any(r => r.Errors > 0) ? 1 : 0;
