using Hub.Data;
using Hub.Data.Model;
using Hub.Data.Observations;
using Hub.Data.Regions;
using Hub.Data.Stations;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Indicators;

/// <summary>
/// A small hand-made tree whose roll-ups are easy to compute by hand (province 99 is not a real
/// code, so it cannot be mistaken for seed data):
/// <code>
/// 990000000000 province › 990100000000 city › 990101000000 district D1 › street S1 (station A), street S2 (station B)
///                                            › 990102000000 district D2 › street S3 (station C, never reports)
/// </code>
/// volunteer_hours (FLOW): A months 2024-01 10.5, 2024-02 20.25, 2024-04 5 and a yearly 2024 of 100; B month 2024-03 7.
/// households_tracked (STOCK): A months 2024-01 50, 2024-03 60; B yearly 2024 40.
/// </summary>
public static class RollupFixtureData
{
    public const string City = "990100000000";
    public const string DistrictOne = "990101000000";
    public const string DistrictTwo = "990102000000";

    public static async Task<IReadOnlyDictionary<string, int>> ArrangeAsync(HubDbContext db)
    {
        var province = new Region { Code = "990000000000", Name = "测试省", Level = RegionLevel.Province };
        var city = new Region { Code = City, Name = "测试市", Level = RegionLevel.City, Parent = province };
        var d1 = new Region { Code = DistrictOne, Name = "一区", Level = RegionLevel.District, Parent = city };
        var d2 = new Region { Code = DistrictTwo, Name = "二区", Level = RegionLevel.District, Parent = city };
        var s1 = new Region { Code = "990101001000", Name = "甲街道", Level = RegionLevel.Street, Parent = d1 };
        var s2 = new Region { Code = "990101002000", Name = "乙街道", Level = RegionLevel.Street, Parent = d1 };
        var s3 = new Region { Code = "990102001000", Name = "丙街道", Level = RegionLevel.Street, Parent = d2 };
        db.Regions.AddRange(province, city, d1, d2, s1, s2, s3);
        await db.SaveChangesAsync();
        db.RegionClosures.AddRange(RegionClosureRows.For(await db.Regions.ToListAsync()));

        var a = new Station { Name = "A站", Code = StationCode.For(s1.Code, 1), Kind = StationKind.Street, Region = s1, District = d1 };
        var b = new Station { Name = "B站", Code = StationCode.For(s2.Code, 1), Kind = StationKind.Street, Region = s2, District = d1 };
        var c = new Station { Name = "C站", Code = StationCode.For(s3.Code, 1), Kind = StationKind.Street, Region = s3, District = d2 };
        db.Stations.AddRange(a, b, c);
        await db.SaveChangesAsync();

        var indicators = await db.Indicators.ToDictionaryAsync(i => i.Code, i => i.Id);
        void Observe(Station station, string code, int period, decimal value) => db.Observations.Add(new Observation
        {
            StationId = station.Id,
            IndicatorId = indicators[code],
            Period = period,
            ScaledValue = ScaledDecimal.ToScaled(value),
            Source = period % 100 == 0 ? ObservationSource.AnnualSummary : ObservationSource.MonthlyReport,
            UpdatedAt = DateTime.UnixEpoch,
        });

        Observe(a, "volunteer_hours", 202401, 10.5m);
        Observe(a, "volunteer_hours", 202402, 20.25m);
        Observe(a, "volunteer_hours", 202404, 5m);
        Observe(a, "volunteer_hours", 202400, 100m);
        Observe(b, "volunteer_hours", 202403, 7m);
        Observe(a, "households_tracked", 202401, 50m);
        Observe(a, "households_tracked", 202403, 60m);
        Observe(b, "households_tracked", 202400, 40m);
        Observe(b, "households_tracked", 202402, 45m);   // a year with both: the yearly STOCK wins for 2024, the month answers Q1
        await db.SaveChangesAsync();
        return new Dictionary<string, int> { ["A"] = a.Id, ["B"] = b.Id, ["C"] = c.Id };
    }
}
