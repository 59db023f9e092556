using Hub.Data;
using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Access;

/// <summary>
/// The demo dataset with a few rows made internal, for the role × root-field matrix: in station A (a station reporting
/// subsistence households for 2024, with projects and brands) and in station B (the same, in another district) the first project and the first brand become
/// INTERNAL, one activity of each station is tied to its internal project, and A's second project (public) is put under
/// A's internal brand. Scopes: staff of A; an analyst of A's district (B lies outside it).
/// </summary>
public sealed record AccessMatrixData(
    int StationA, int StationB, string DistrictA, int InternalProjectA, int InternalProjectB, int InternalBrandA, int InternalBrandB, int PublicProjectOfInternalBrandA)
{
    public static async Task<AccessMatrixData> ArrangeAsync(HubDbContext db)
    {
        // A reports a RESTRICTED figure for 2024, so that who reads it in full is tested on a real value.
        var restricted = await db.Indicators.Where(i => i.Code == "subsistence_households").Select(i => i.Id).SingleAsync();
        var stations = await db.Stations.Where(s => s.DistrictId != null && s.Projects.Count >= 2 && s.Brands.Count >= 1)
            .OrderByDescending(s => db.Observations.Any(o => o.StationId == s.Id && o.IndicatorId == restricted && o.Period >= 202400 && o.Period <= 202412))
            .ThenByDescending(s => s.Projects.Count).ThenBy(s => s.Id)
            .Select(s => new { s.Id, DistrictId = s.DistrictId!.Value })
            .ToListAsync();
        var a = stations[0];
        var b = stations.First(s => s.DistrictId != a.DistrictId);
        var district = await db.Regions.Where(r => r.Id == a.DistrictId).Select(r => r.Code).SingleAsync();

        async Task<(int Project, int Brand)> HideAsync(int stationId)
        {
            var project = await db.Projects.Where(p => p.StationId == stationId).OrderBy(p => p.Id).FirstAsync();
            var brand = await db.Brands.Where(x => x.StationId == stationId).OrderBy(x => x.Id).FirstAsync();
            project.Visibility = Visibility.Internal;
            brand.Visibility = Visibility.Internal;
            var activity = await db.Activities.Where(x => x.StationId == stationId).OrderBy(x => x.Id).FirstOrDefaultAsync();
            if (activity is not null)
            {
                activity.ProjectId = project.Id;
            }

            await db.SaveChangesAsync();
            return (project.Id, brand.Id);
        }

        var (projectA, brandA) = await HideAsync(a.Id);
        var (projectB, brandB) = await HideAsync(b.Id);
        var underInternalBrand = await db.Projects.Where(p => p.StationId == a.Id && p.Id != projectA).OrderBy(p => p.Id).FirstAsync();
        underInternalBrand.Visibility = Visibility.Public;
        underInternalBrand.BrandId = brandA;
        await db.SaveChangesAsync();
        return new AccessMatrixData(a.Id, b.Id, district, projectA, projectB, brandA, brandB, underInternalBrand.Id);
    }
}
