using Hub.Data;
using Hub.Data.Model;
using Hub.Data.Observations;
using Hub.Data.Regions;
using Hub.Data.Stations;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Access;

/// <summary>
/// A hand-made tree whose suppression decisions are known in advance (province 98 is not a real code), with the
/// default thresholds (5 stations, 10 units). subsistence_households (RESTRICTED, STOCK), 2024-06, stations placed
/// directly in their districts:
/// <code>
/// 980000000000 province › city C1 › D1: 6 stations × 1   =   6  primary (units 1..9)
///                                  › D2: 5 stations × 10  =  50  complementary (the smaller visible sibling of D1)
///                                  › D3: 7 stations × 20  = 140  published
///                         › city C2 › D4: 2 stations × 30  =  60  primary (2 stations)
///                                  › D5: 6 stations × 15  =  90  complementary (its only sibling)
///                                  › D6: 5 stations × 0   =   0  published (a zero reveals nobody)
/// </code>
/// Every station is a primary cell (one reporting station). 2024-05 repeats the figures, so series and comparisons
/// have a previous period. staff_turnover (INTERNAL, FLOW) is a figure only analysts in scope, a station's own staff
/// and admins may read: 3 per station in 2024-06.
/// </summary>
public static class SuppressionFixtureData
{
    public const string Province = "980000000000";
    public const string CityOne = "980100000000";
    public const string CityTwo = "980200000000";
    public const string Restricted = "subsistence_households";
    public const string Internal = "staff_turnover";

    /// <summary>District code → (stations, value per station).</summary>
    public static IReadOnlyDictionary<string, (int Stations, int Value)> Districts { get; } = new Dictionary<string, (int, int)>
    {
        ["980101000000"] = (6, 1),
        ["980102000000"] = (5, 10),
        ["980103000000"] = (7, 20),
        ["980201000000"] = (2, 30),
        ["980202000000"] = (6, 15),
        ["980203000000"] = (5, 0),
    };

    public const string D1 = "980101000000";
    public const string D2 = "980102000000";
    public const string D3 = "980103000000";
    public const string D4 = "980201000000";
    public const string D5 = "980202000000";
    public const string D6 = "980203000000";

    /// <summary>Arranges the tree; returns the station ids of each district.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<int>>> ArrangeAsync(HubDbContext db)
    {
        var province = new Region { Code = Province, Name = "隐私省", Level = RegionLevel.Province };
        var cities = new[] { CityOne, CityTwo }.ToDictionary(code => code, code => new Region { Code = code, Name = $"市{code[2..4]}", Level = RegionLevel.City, Parent = province });
        var districts = Districts.Keys.ToDictionary(code => code, code => new Region
        {
            Code = code, Name = $"区{code[2..6]}", Level = RegionLevel.District, Parent = cities[code[..4] + "00000000"], Population = 50_000,
        });
        db.Regions.Add(province);
        db.Regions.AddRange(cities.Values);
        db.Regions.AddRange(districts.Values);
        await db.SaveChangesAsync();
        db.RegionClosures.AddRange(RegionClosureRows.For(await db.Regions.ToListAsync()));

        var internalIndicator = new Indicator
        {
            Code = Internal, Label = "社工流失人数", LabelEn = "Staff turnover", Unit = "people", Kind = IndicatorKind.Flow, Sensitivity = Sensitivity.Internal, SortOrder = 1000,
        };
        db.Indicators.Add(internalIndicator);
        var stations = Districts.ToDictionary(d => d.Key, d => Enumerable.Range(1, d.Value.Stations)
            .Select(n => new Station { Name = $"{districts[d.Key].Name}{n}号站", Code = StationCode.For(districts[d.Key].Code, n), Kind = StationKind.Street, Region = districts[d.Key], District = districts[d.Key] })
            .ToList());
        db.Stations.AddRange(stations.Values.SelectMany(s => s));
        await db.SaveChangesAsync();

        var restricted = await db.Indicators.Where(i => i.Code == Restricted).Select(i => i.Id).SingleAsync();
        foreach (var (code, list) in stations)
        {
            foreach (var station in list)
            {
                foreach (var period in new[] { 202405, 202406 })
                {
                    db.Observations.Add(Observation(station.Id, restricted, period, Districts[code].Value));
                }

                db.Observations.Add(Observation(station.Id, internalIndicator.Id, 202406, 3));
            }
        }

        await db.SaveChangesAsync();
        return stations.ToDictionary(s => s.Key, s => (IReadOnlyList<int>)s.Value.Select(station => station.Id).ToList());
    }

    private static Observation Observation(int station, int indicator, int period, decimal value) => new()
    {
        StationId = station,
        IndicatorId = indicator,
        Period = period,
        ScaledValue = ScaledDecimal.ToScaled(value),
        Source = ObservationSource.MonthlyReport,
        UpdatedAt = DateTime.UnixEpoch,
    };
}
