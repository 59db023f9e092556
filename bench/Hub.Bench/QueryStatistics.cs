using System.Globalization;

namespace Hub.Bench;

/// <summary>Requests, throughput, latency percentiles and SQL statements per request for one query (or all).</summary>
public sealed record QueryStatistics(string Query, int Requests, int Errors, double RequestsPerSecond, double P50Ms, double P99Ms, int? MinStatements, int? MaxStatements, double? MeanStatements, string? FirstError)
{
    public static QueryStatistics Of(string query, IReadOnlyCollection<Sample> samples, TimeSpan wall)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var latencies = samples.Select(s => s.Elapsed.TotalMilliseconds).Order().ToArray();
        var statements = samples.Where(s => s.SqlStatements is not null).Select(s => s.SqlStatements!.Value).ToArray();
        return new QueryStatistics(
            query,
            samples.Count,
            samples.Count(s => s.Error is not null),
            samples.Count / wall.TotalSeconds,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            statements.Length > 0 ? statements.Min() : null,
            statements.Length > 0 ? statements.Max() : null,
            statements.Length > 0 ? statements.Average() : null,
            samples.FirstOrDefault(s => s.Error is not null)?.Error);
    }

    /// <summary>A Markdown table row (the README pastes the table as is).</summary>
    public string ToRow() => string.Create(
        CultureInfo.InvariantCulture,
        $"| {Query} | {Requests:N0} | {RequestsPerSecond:N1} | {P50Ms:N1} | {P99Ms:N1} | {Statements()} | {Errors} |");

    public const string Header = """
        | query | requests | req/s | p50 ms | p99 ms | SQL statements/request (min–max) | errors |
        |---|---:|---:|---:|---:|---:|---:|
        """;

    private string Statements() => MinStatements is null ? "n/a"
        : MinStatements == MaxStatements ? string.Create(CultureInfo.InvariantCulture, $"{MinStatements}")
        : string.Create(CultureInfo.InvariantCulture, $"{MinStatements}–{MaxStatements} (mean {MeanStatements:N1})");

    // Nearest-rank percentile.
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
