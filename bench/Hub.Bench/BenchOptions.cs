using System.Globalization;

namespace Hub.Bench;

/// <summary>Command-line options of the load driver.</summary>
public sealed record BenchOptions
{
    public const string Usage = """
        usage: Hub.Bench [--url http://127.0.0.1:5080/graphql] [--queries bench/queries] [--duration 30] [--warmup 5]
                         [--concurrency 16] [--first-month 2021-01] [--months 60] [--seed 1] [--skip name,name]

        Runs the query mix (every *.graphql file of --queries, weighted by its "# weight:" line) against a
        running hub from --concurrency clients for --duration seconds after --warmup seconds, and prints
        requests, req/s, p50/p99 latency and SQL statements per request (extensions.sqlStatements, which
        the server reports when Hub:Diagnostics:ReportSqlStatements is true). Periods are drawn from the
        months the dataset covers (--first-month, --months). --skip leaves queries (file names without
        .graphql) out of the mix.
        """;

    public Uri Url { get; init; } = new("http://127.0.0.1:5080/graphql");

    public string Queries { get; init; } = Path.Combine("bench", "queries");

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);

    public int Concurrency { get; init; } = 16;

    public DateOnly FirstMonth { get; init; } = new(2021, 1, 1);

    public int Months { get; init; } = 60;

    public int Seed { get; init; } = 1;

    /// <summary>Queries (file names without .graphql) left out of the mix.</summary>
    public IReadOnlySet<string> Skip { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public static BenchOptions Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i += 2)
        {
            var name = args[i];
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--url" => options with { Url = new Uri(value) },
                "--queries" => options with { Queries = value },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Positive(name, value)) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(int.Parse(value, CultureInfo.InvariantCulture)) },
                "--concurrency" => options with { Concurrency = Positive(name, value) },
                "--first-month" => options with { FirstMonth = DateOnly.ParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture) },
                "--months" => options with { Months = Positive(name, value) },
                "--seed" => options with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                "--skip" => options with { Skip = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal) },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }

        return options;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{name} is a positive whole number, not \"{value}\".");
}
