using System.Globalization;

namespace Hub.Bench;

/// <summary>Command-line options of the roll-up benchmark (<c>Hub.Bench rollups …</c>).</summary>
public sealed record RollupBenchOptions
{
    public const string Usage = """
        usage: Hub.Bench rollups --connection "Server=…;Database=datahub_bench;…" [--url http://127.0.0.1:5080/graphql]
                                 [--province 370000000000] [--period 2024] [--codes a,b,c,d,e] [--repetitions 30] [--warmup 5]
                                 [--table bench_district_year] [--peer-url http://127.0.0.1:5688/graphql --peer-query district-comparison.json]

        Times the district comparison of one province for one year through the hub (GraphQL, every page of
        regions(level: DISTRICT, within: province) with indicators(period, codes)) against the same aggregate as one
        hand-written SQL statement over the base rows, and, when given, the finished cells read from a district ×
        indicator × year --table (bench/sql/district-year.sql) and the peer (PostGraphile + pg-aggregates at
        --peer-url, with the "query" of the --peer-query JSON file), --repetitions times each after --warmup untimed
        runs, alternating them in a rotating order. Fails when the hub disagrees with the raw SQL or the table on any
        district × indicator; reports where the peer differs (its STOCK figures are sums, not last months).
        """;

    public Uri Url { get; init; } = new("http://127.0.0.1:5080/graphql");

    public string Connection { get; init; } = "";

    public string Province { get; init; } = "370000000000";

    /// <summary>A year ("2024"): the raw statement is written for a year, yearly rows before months.</summary>
    public int Year { get; init; } = 2024;

    /// <summary>A mix of FLOW and STOCK indicators.</summary>
    public IReadOnlyList<string> Codes { get; init; } = ["case_files_created", "volunteer_person_times", "volunteer_hours", "households_tracked", "volunteers_registered"];

    public int Repetitions { get; init; } = 30;

    public int Warmup { get; init; } = 5;

    /// <summary>The district × indicator × year table of the bench database, or null to leave that path out.</summary>
    public string? Table { get; init; }

    /// <summary>PostGraphile's endpoint, or null to leave the peer out.</summary>
    public Uri? PeerUrl { get; init; }

    /// <summary>The peer harness's request file, whose "query" is sent with this benchmark's indicators and year.</summary>
    public string? PeerQuery { get; init; }

    public static RollupBenchOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new RollupBenchOptions();
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i];
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--url" => options with { Url = new Uri(value) },
                "--connection" => options with { Connection = value },
                "--province" => options with { Province = value.Length == 12 && value.All(char.IsAsciiDigit) ? value : throw new ArgumentException($"--province is a 12-digit region code, not \"{value}\".") },
                "--period" => options with { Year = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && value.Length == 4 ? year : throw new ArgumentException($"--period is a year (yyyy), not \"{value}\".") },
                "--codes" => options with { Codes = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--repetitions" => options with { Repetitions = Positive(name, value) },
                "--warmup" => options with { Warmup = int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture) },
                "--table" => options with { Table = value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? value : throw new ArgumentException($"--table is a table name of letters, digits and _, not \"{value}\".") },
                "--peer-url" => options with { PeerUrl = new Uri(value) },
                "--peer-query" => options with { PeerQuery = File.Exists(value) ? value : throw new ArgumentException($"--peer-query: no file {value}.") },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }

        return options.Connection.Length == 0 ? throw new ArgumentException("--connection is required.")
            : (options.PeerUrl is null) != (options.PeerQuery is null) ? throw new ArgumentException("--peer-url and --peer-query go together.")
            : options;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{name} is a positive whole number, not \"{value}\".");
}
