using System.Text.Json.Nodes;
using Hub.Data;
using Hub.Data.Model;
using Hub.Data.Observations;
using Hub.Data.Regions;
using Hub.Data.Stations;
using Hub.Schema.Relay;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Access;

/// <summary>
/// Suppression holds along time as well as along the region tree: the public reads every cell of a restricted
/// STOCK indicator (every region and station, every month, quarter and year of two years), and a search over all of
/// them finds no linear combination of published cells that equals a suppressed one. The fixture holds the attack
/// that worked before: five stations report October (65 in all), one more reports November (77), and 2024-Q4
/// (142) minus 2024-10 (65) gave the November station away. Each cell is modelled as the set of reports it sums
/// (a STOCK period takes each station's last reported month, a year its yearly report if any), and the model is
/// checked against the admin's figures before it is trusted.
/// </summary>
public abstract class SuppressionAlongTimeTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string Code = "subsistence_people";
    private const string District = "960101000000";
    private const string Small = "960102000000";

    private static readonly string[] Periods =
    [
        "2023", "2023-Q4", "2023-12", "2024",
        "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4",
        "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06",
        "2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12",
    ];

    [Fact]
    public async Task No_combination_of_public_cells_along_the_tree_and_time_yields_a_suppressed_one()
    {
        var (scopes, reports) = await ArrangeAsync();

        // The issue's attack, asked directly.
        var q4 = await ValuesAsync(hub.Client, scopes[0]);
        Assert.Null(q4["2024-Q4"].Value);
        Assert.Null(q4["2024-10"].Value);

        var published = new List<double[]>();
        var hidden = new List<(string Cell, double[] Vector)>();
        var atoms = reports.Keys.ToList();
        foreach (var scope in scopes)
        {
            var shown = await ValuesAsync(hub.Client, scope);
            var truth = await ValuesAsync(hub.Admin, scope);
            foreach (var period in Periods)
            {
                var members = Members(scope.Stations, period, reports);

                // The model must be the hub's own semantics, or the search proves nothing.
                Assert.Equal(members.Count == 0 ? null : members.Sum(m => reports[m]), truth[period].Value);
                if (members.Count == 0)
                {
                    continue;
                }

                var vector = atoms.Select(a => members.Contains(a) ? 1d : 0d).ToArray();
                if (shown[period].Value is { } value)
                {
                    Assert.Equal(truth[period].Value, value);
                    published.Add(vector);
                }
                else
                {
                    Assert.True(shown[period].Suppressed, $"{scope.Name} {period} is null without being suppressed");
                    hidden.Add(($"{scope.Name} {period}", vector));
                }
            }
        }

        Assert.NotEmpty(published);
        var basis = Basis(published);
        Assert.All(hidden, h => Assert.False(InSpan(basis, h.Vector), $"{h.Cell} is a linear combination of published cells"));
    }

    private async Task<(List<Scope> Scopes, Dictionary<(int Station, int Period), double> Reports)> ArrangeAsync()
    {
        await using var services = hub.CreateScope();
        var db = services.ServiceProvider.GetRequiredService<HubDbContext>();
        var province = new Region { Code = "960000000000", Name = "时间省", Level = RegionLevel.Province };
        var city = new Region { Code = "960100000000", Name = "时间市", Level = RegionLevel.City, Parent = province };
        var district = new Region { Code = District, Name = "甲区", Level = RegionLevel.District, Parent = city };
        var small = new Region { Code = Small, Name = "乙区", Level = RegionLevel.District, Parent = city };
        db.Regions.AddRange(province, city, district, small);
        await db.SaveChangesAsync();
        db.RegionClosures.AddRange(RegionClosureRows.For(await db.Regions.Where(r => r.Code.StartsWith("96")).ToListAsync()));
        var inDistrict = Enumerable.Range(1, 8).Select(n => new Station { Name = $"甲区{n}号站", Code = StationCode.For(District, n), Kind = StationKind.Street, Region = district, District = district }).ToList();
        var inSmall = Enumerable.Range(1, 4).Select(n => new Station { Name = $"乙区{n}号站", Code = StationCode.For(Small, n), Kind = StationKind.Street, Region = small, District = small }).ToList();
        db.Stations.AddRange(inDistrict.Concat(inSmall));
        await db.SaveChangesAsync();

        var reports = new Dictionary<(int Station, int Period), double>();
        void Report(Station station, int period, double value) => reports[(station.Id, period)] = value;
        foreach (var station in inDistrict.Take(5))
        {
            Report(station, 202407, 12);
            Report(station, 202410, 13);
        }

        Report(inDistrict[5], 202411, 77);
        Report(inDistrict[6], 202400, 40);      // a yearly report
        Report(inDistrict[6], 202405, 38);      // and a month the year does not take
        Report(inDistrict[7], 202312, 20);
        Report(inDistrict[7], 202403, 25);
        foreach (var station in inSmall)
        {
            Report(station, 202406, 30);
        }

        var indicator = await db.Indicators.Where(i => i.Code == Code).Select(i => i.Id).SingleAsync();
        db.Observations.AddRange(reports.Select(r => new Observation
        {
            StationId = r.Key.Station,
            IndicatorId = indicator,
            Period = r.Key.Period,
            ScaledValue = ScaledDecimal.ToScaled((decimal)r.Value),
            Source = r.Key.Period % 100 == 0 ? ObservationSource.AnnualSummary : ObservationSource.MonthlyReport,
            UpdatedAt = DateTime.UnixEpoch,
        }));
        await db.SaveChangesAsync();

        var all = inDistrict.Concat(inSmall).ToList();
        var scopes = new List<Scope>
        {
            new(District, true, [.. inDistrict.Select(s => s.Id)]),
            new(Small, true, [.. inSmall.Select(s => s.Id)]),
            new("960100000000", true, [.. all.Select(s => s.Id)]),
            new("960000000000", true, [.. all.Select(s => s.Id)]),
        };
        scopes.AddRange(all.Select(s => new Scope(GlobalId.Of("Station", s.Id), false, [s.Id])));
        return (scopes, reports);
    }

    /// <summary>The reports a cell sums: per station, its yearly report for a year that has one, else its last month in the period.</summary>
    private static HashSet<(int Station, int Period)> Members(IReadOnlyList<int> stations, string period, Dictionary<(int Station, int Period), double> reports)
    {
        var year = int.Parse(period[..4], System.Globalization.CultureInfo.InvariantCulture);
        var (first, last) = period.Length == 4 ? (1, 12)
            : period[5] == 'Q' ? ((period[6] - '1') * 3 + 1, (period[6] - '0') * 3)
            : (int.Parse(period[5..], System.Globalization.CultureInfo.InvariantCulture), int.Parse(period[5..], System.Globalization.CultureInfo.InvariantCulture));
        var members = new HashSet<(int, int)>();
        foreach (var station in stations)
        {
            if (period.Length == 4 && reports.ContainsKey((station, year * 100)))
            {
                members.Add((station, year * 100));
                continue;
            }

            var months = Enumerable.Range(first, last - first + 1).Select(m => year * 100 + m).Where(p => reports.ContainsKey((station, p))).ToList();
            if (months.Count > 0)
            {
                members.Add((station, months.Max()));
            }
        }

        return members;
    }

    private static async Task<Dictionary<string, (double? Value, bool Suppressed)>> ValuesAsync(GraphQLClient client, Scope scope)
    {
        var fields = string.Join("\n", Periods.Select((p, i) => $"p{i}: indicators(period: \"{p}\", codes: [\"{Code}\"]) {{ value suppressed }}"));
        var data = await client.QueryAsync(scope.IsRegion
            ? $"{{ node: region(code: \"{scope.Name}\") {{ {fields} }} }}"
            : $"{{ node: station(id: \"{scope.Name}\") {{ {fields} }} }}");
        return Periods.Select((p, i) => (p, Cell: data["node"]![$"p{i}"]![0]!))
            .ToDictionary(x => x.p, x => (x.Cell["value"]?.GetValue<double>(), x.Cell["suppressed"]!.GetValue<bool>()));
    }

    /// <summary>Row-reduces the published cells' vectors (Gaussian elimination with partial pivoting).</summary>
    private static List<double[]> Basis(List<double[]> rows)
    {
        var basis = new List<double[]>();
        foreach (var row in rows)
        {
            var reduced = Reduce(basis, row);
            if (reduced.Any(x => Math.Abs(x) > 1e-9))
            {
                basis.Add(reduced);
            }
        }

        return basis;
    }

    private static bool InSpan(List<double[]> basis, double[] vector) => Reduce(basis, vector).All(x => Math.Abs(x) < 1e-9);

    private static double[] Reduce(List<double[]> basis, double[] vector)
    {
        var v = (double[])vector.Clone();
        foreach (var b in basis)
        {
            var pivot = Array.FindIndex(b, x => Math.Abs(x) > 1e-9);
            if (Math.Abs(v[pivot]) > 1e-12)
            {
                var factor = v[pivot] / b[pivot];
                for (var i = 0; i < v.Length; i++)
                {
                    v[i] -= factor * b[i];
                }
            }
        }

        return v;
    }

    private sealed record Scope(string Name, bool IsRegion, IReadOnlyList<int> Stations);
}

public sealed class SuppressionAlongTimeOnSqlite(SqliteEmptyHub hub) : SuppressionAlongTimeTests<SqliteEmptyHub>(hub), IClassFixture<SqliteEmptyHub>;

public sealed class SuppressionAlongTimeOnMariaDb(MariaDbEmptyHub hub) : SuppressionAlongTimeTests<MariaDbEmptyHub>(hub), IClassFixture<MariaDbEmptyHub>;
