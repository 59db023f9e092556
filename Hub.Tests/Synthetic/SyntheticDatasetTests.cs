using Hub.Data;
using Hub.Data.Synthetic;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Synthetic;

/// <summary>
/// The generator is deterministic and database-neutral: one spec and seed give the same rows in
/// SQLite and in MariaDB and on every run, another seed gives other rows, and it writes only into
/// an empty database.
/// </summary>
public sealed class SyntheticDatasetTests
{
    /// <summary>2 cities, 6 districts, 30 streets (about five each) plus the 6 district hubs; October 2023 to March 2024, so 2023 has annual summaries.</summary>
    private static readonly SyntheticDatasetSpec Small = new()
    {
        Provinces = 1,
        CitiesPerProvince = 2,
        DistrictsPerProvince = 6,
        StationsPerProvince = 36,
        Months = 6,
        FirstMonth = 202310,
        Seed = 7,
        CommunitiesPerStreet = 3,
    };

    [Fact]
    public async Task The_same_spec_gives_the_same_rows_in_SQLite_in_MariaDB_and_on_every_run()
    {
        var (sqlite, summary) = await GenerateAsync(TestDatabase.CreateSqlite(), Small);
        var (again, _) = await GenerateAsync(TestDatabase.CreateSqlite(), Small);
        var (mariaDb, _) = await GenerateAsync(await TestDatabase.CreateMariaDbAsync(), Small);

        Assert.Equal(sqlite, again);
        Assert.Equal(sqlite, mariaDb);

        // Every table the generator fills got rows, as many as the spec says without a database.
        Assert.Equal(SyntheticDatasetWriter.CountRows(Small).Values, summary.RowsPerTable.Values);
        Assert.All(summary.RowsPerTable, table => Assert.True(table.Value > 0, $"{table.Key} is empty"));
        Assert.Equal(36, summary.RowsOf("Stations"));
    }

    [Fact]
    public async Task Another_seed_gives_other_rows_of_the_same_shape()
    {
        var (first, firstSummary) = await GenerateAsync(TestDatabase.CreateSqlite(), Small);
        var (second, secondSummary) = await GenerateAsync(TestDatabase.CreateSqlite(), Small with { Seed = 8 });

        Assert.Equal(firstSummary.RowsOf("Stations"), secondSummary.RowsOf("Stations"));
        Assert.Equal(first["Indicators"], second["Indicators"]);
        foreach (var table in new[] { "Regions", "Stations", "Projects", "Activities", "Observations" })
        {
            Assert.NotEqual(first[table], second[table]);
        }
    }

    [Fact]
    public async Task A_database_that_already_has_rows_is_refused_and_left_as_it_was()
    {
        await using var database = TestDatabase.CreateSqlite();
        await using var services = HubDataServices.For(database);
        await services.InitializeAsync();
        await using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        await new SyntheticDatasetWriter(db).WriteAsync(Small with { StationsPerProvince = 12, Months = 2 });
        var before = DatasetFingerprint.Compute(db);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => new SyntheticDatasetWriter(db).WriteAsync(Small));

        Assert.Contains("already has rows", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, DatasetFingerprint.Compute(db));
    }

    [Fact]
    public async Task The_province_preset_is_Shandong_sized()
    {
        var sink = new RegionCapturingSink();
        foreach (var _ in new SyntheticDatasetGenerator(SyntheticDatasetSpec.Province, Catalogue()).Generate(sink))
        {
        }

        Assert.Equal(1, sink.Levels.Count(l => l == 1));
        Assert.Equal(16, sink.Levels.Count(l => l == 2));
        Assert.Equal(136, sink.Levels.Count(l => l == 3));
        Assert.Equal(1_800 - 136, sink.Levels.Count(l => l == 4));
        Assert.Equal(1_800, sink.Stations);
        Assert.InRange(sink.Observations, 2_400_000, 2_900_000);

        // Codes follow the NBS scheme: unique, 12 digits, each under its parent's prefix; streets 001–099, towns 100–199.
        Assert.Equal(sink.Codes.Count, sink.Codes.Distinct().Count());
        Assert.All(sink.Codes, code => Assert.Matches("^37[0-9]{10}$", code));
        Assert.All(sink.Parents, pair => Assert.StartsWith(pair.Parent[..PrefixLength[pair.ParentLevel]], pair.Child, StringComparison.Ordinal));
        Assert.All(sink.Streets, street => Assert.True(
            street.Name.EndsWith("街道", StringComparison.Ordinal) ? street.Township is >= 1 and <= 99 : street.Township is >= 100 and <= 199,
            $"{street.Name} has township digits {street.Township}"));
    }

    [Fact]
    public void Every_catalogue_indicator_has_a_profile_of_its_own()
    {
        Assert.Empty(IndicatorProfiles.Unprofiled);
    }

    private static readonly Dictionary<int, int> PrefixLength = new() { [1] = 2, [2] = 4, [3] = 6, [4] = 9 };

    private static List<SyntheticIndicator> Catalogue() =>
        Hub.Data.Indicators.IndicatorCatalogue.All.Select((i, index) => new SyntheticIndicator(index + 1, i.Code, i.Kind, IndicatorProfiles.For(i.Code))).ToList();

    private static async Task<(IReadOnlyDictionary<string, string> Fingerprint, SyntheticDatasetSummary Summary)> GenerateAsync(TestDatabase database, SyntheticDatasetSpec spec)
    {
        await using (database)
        {
            await using var services = HubDataServices.For(database);
            await services.InitializeAsync();
            await using var scope = services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var summary = await new SyntheticDatasetWriter(db).WriteAsync(spec);
            var fingerprint = DatasetFingerprint.Compute(db);
            await db.Database.CloseConnectionAsync();
            return (fingerprint, summary);
        }
    }

    /// <summary>Keeps region codes and levels and counts the rest: a province's worth of rows without a database.</summary>
    private sealed class RegionCapturingSink : SyntheticRowSink
    {
        private readonly List<object?> _row = [];

        public List<int> Levels { get; } = [];

        public List<string> Codes { get; } = [];

        public List<(string Name, int Township)> Streets { get; } = [];

        public List<(string Child, string Parent, int ParentLevel)> Parents { get; } = [];

        private Dictionary<long, (string Code, int Level)> ById { get; } = [];

        public int Stations { get; private set; }

        public int Observations { get; private set; }

        protected override void BeginRow(SyntheticTable table) => _row.Clear();

        protected override void WriteInteger(long value) => _row.Add(value);

        protected override void WriteDecimal(decimal value) => _row.Add(value);

        protected override void WriteText(string value) => _row.Add(value);

        protected override void WriteDate(DateOnly value) => _row.Add(value);

        protected override void WriteDateTime(DateTime value) => _row.Add(value);

        protected override void WriteNull() => _row.Add(null);

        protected override void EndRow(SyntheticTable table)
        {
            if (table == SyntheticTables.Regions)
            {
                var code = (string)_row[1]!;
                var level = (int)(long)_row[3]!;
                Codes.Add(code);
                Levels.Add(level);
                ById[(long)_row[0]!] = (code, level);
                if (_row[4] is long parentId)
                {
                    Parents.Add((code, ById[parentId].Code, ById[parentId].Level));
                }

                if (level == 4)
                {
                    Streets.Add(((string)_row[2]!, int.Parse(code[6..9], System.Globalization.CultureInfo.InvariantCulture)));
                }
            }
            else if (table == SyntheticTables.Stations)
            {
                Stations++;
            }
            else if (table == SyntheticTables.Observations)
            {
                Observations++;
            }
        }
    }
}
