using Hub.Data;
using Hub.Data.Demo;
using Hub.Data.Model;
using Hub.Data.Observations;
using Microsoft.EntityFrameworkCore;

namespace Hub.Tests.Demo;

public sealed class DemoDatasetTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTime LoadedAt = new(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc);
    private readonly string path = Path.Combine(Path.GetTempPath(), $"hub-demo-{Guid.NewGuid():N}.db");
    private SqliteHubDbContext db = null!;

    public async Task InitializeAsync()
    {
        db = await OpenMigratedAsync(path);
        Assert.True(await DemoDataset.SeedAsync(db, LoadedAt));
        db.ChangeTracker.Clear();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        db.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(path);
    }

    [Fact]
    public async Task Cuizhai2024YearlyObservationsAreTheAnnualReportFigures()
    {
        var expected = new Dictionary<string, decimal>
        {
            ["files_hardship"] = 80, ["files_intellectual_disability"] = 14, ["files_mental_health_rehab"] = 160,
            ["files_extreme_poverty_support"] = 50, ["volunteer_services"] = 60, ["volunteer_person_times"] = 835,
            ["volunteer_teams_incubated"] = 3, ["volunteers_registered"] = 286, ["volunteer_hours"] = 1495.71m,
            ["cases_opened"] = 4, ["case_followups"] = 24, ["groups"] = 5, ["group_sessions"] = 21,
            ["group_person_times"] = 199, ["community_programs"] = 10, ["community_sessions"] = 77,
            ["community_person_times"] = 979, ["themed_activities"] = 42, ["themed_person_times"] = 477,
            ["supervision_sessions"] = 23, ["supervision_hours"] = 72, ["training_sessions"] = 15, ["training_hours"] = 56,
            ["community_funds"] = 4, ["partners_linked"] = 12, ["projects_landed"] = 9, ["service_bases"] = 7,
            ["news_articles"] = 170, ["videos_published"] = 5,
        };

        var actual = await ObservationsOf("崔寨街道社工站", 202400);

        Assert.Equal(expected.OrderBy(e => e.Key), actual.OrderBy(a => a.Key));
        Assert.Equal(1495.71m, actual["volunteer_hours"]);
        Assert.All(await db.Observations.Where(o => o.Period == 202400).ToListAsync(), o =>
        {
            Assert.Equal(ObservationSource.AnnualSummary, o.Source);
            Assert.Equal("003_5cf74534844d9459.txt", o.SeedFile);
        });
    }

    [Fact]
    public async Task QianfoshanNovember2024ObservationsAreTheMonthlyReportFigures()
    {
        var expected = new Dictionary<string, decimal>
        {
            ["households_tracked"] = 125, ["case_files_created"] = 23, ["subsistence_households"] = 86,
            ["subsistence_people"] = 102, ["marginal_subsistence_households"] = 23, ["marginal_subsistence_people"] = 25,
            ["needs_surveys"] = 1, ["home_visit_person_times"] = 25, ["supervision_sessions"] = 3, ["training_sessions"] = 1,
        };

        var actual = await ObservationsOf("千佛山街道社工站", 202411);

        Assert.Equal(expected.OrderBy(e => e.Key), actual.OrderBy(a => a.Key));
        Assert.All(await db.Observations.Where(o => o.Period == 202411).ToListAsync(), o =>
        {
            Assert.Equal(ObservationSource.MonthlyReport, o.Source);
            Assert.Equal(ObservationStatus.Normal, o.Status);
            Assert.Equal(1, o.Version);
            Assert.Equal(LoadedAt, o.UpdatedAt);
        });
        // 2024 and 2024-11, and the inferred years of the two undated documents (2015 for 奎文, 2016 for 二七).
        Assert.Equal([201500, 201600, 202400, 202411], await db.Observations.Select(o => o.Period).Distinct().OrderBy(p => p).ToListAsync());
    }

    [Fact]
    public async Task HeadlineCountsOfTheUndatedDocumentsAreFiguresOfTheirInferredYear()
    {
        Assert.Equal(
            new Dictionary<string, decimal>
            {
                ["volunteers_registered"] = 254, ["volunteer_teams"] = 13, ["volunteer_services"] = 300,
                ["social_organizations_registered"] = 3, ["social_organizations_filed"] = 7,
            }.OrderBy(e => e.Key),
            (await ObservationsOf("民生街社区“民生”社工服务中心", 201500)).OrderBy(a => a.Key));
        Assert.Equal(
            new Dictionary<string, decimal> { ["projects_landed"] = 17, ["community_social_organizations"] = 36, ["volunteers_registered"] = 422 }.OrderBy(e => e.Key),
            (await ObservationsOf("金都社区综合服务中心", 201500)).OrderBy(a => a.Key));
        Assert.Equal(
            new Dictionary<string, decimal> { ["social_organizations_filed"] = 70 },
            await ObservationsOf("二七街道社会治理综合服务中心", 201600));

        var inferred = await db.Observations.Where(o => o.Period == 201500 || o.Period == 201600).ToListAsync();
        Assert.Equal(9, inferred.Count);
        Assert.All(inferred, o =>
        {
            Assert.Equal(ObservationSource.Other, o.Source);
            Assert.Contains("推定", o.Note, StringComparison.Ordinal);
        });
        Assert.Contains("300余次", inferred.Single(o => o.Period == 201500 && o.ScaledValue == ScaledDecimal.ToScaled(300)).Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StationsCarryTheirStatedFacts()
    {
        var cuizhai = await db.Stations.Include(s => s.Operator).Include(s => s.Funder).Include(s => s.District).SingleAsync(s => s.Name == "崔寨街道社工站");
        Assert.Equal("济南市建达社会工作服务中心", cuizhai.Operator!.Name);
        Assert.Equal(("起步区社会事业部", OrganizationKind.GovernmentDepartment), (cuizhai.Funder!.Name, cuizhai.Funder.Kind));
        Assert.Equal("2021-11", cuizhai.Opened);
        Assert.Equal(300m, cuizhai.FloorAreaM2);
        Assert.Equal(3, cuizhai.CertifiedStaffCount);
        Assert.Equal("370115000000", cuizhai.District!.Code);

        var qianfoshan = await db.Stations.Include(s => s.Funder).Include(s => s.Operator).Include(s => s.Region)
            .SingleAsync(s => s.Name == "千佛山街道社工站");
        Assert.Equal("历下区民政局", qianfoshan.Funder!.Name);
        Assert.Equal(OrganizationKind.GovernmentDepartment, qianfoshan.Funder.Kind);
        Assert.Equal("济南山青社会工作服务中心", qianfoshan.Operator!.Name);
        Assert.Equal("370102002000", qianfoshan.Region.Code);

        var qunyi = await db.Organizations.SingleAsync(o => o.Name == "市中区群益社会组织服务孵化中心");
        Assert.Equal("2015-12", qunyi.Founded);
        Assert.Equal("民非", qunyi.LegalForm);
        Assert.Null(qunyi.CreditCode);

        var wudang = await db.Stations.Include(s => s.Operator).SingleAsync(s => s.Operator!.Name == "贵阳市乌当区创新蔚蓝社会工作服务社");
        Assert.Equal("2020-06", wudang.Opened);
        Assert.Equal(3, wudang.StaffCount);

        var award = await db.Awards.Include(a => a.Project).SingleAsync();
        Assert.Equal("铜奖", award.Grade);
        Assert.Equal(new DateOnly(2024, 11, 14), award.AwardedOn);
        Assert.Equal("安心善居", award.Project!.Name);
        Assert.Null(award.Project.Status);

        var silver = await db.Brands.SingleAsync(b => b.Name == "银发伙伴");
        Assert.Equal(new DateOnly(2024, 11, 14), silver.LaunchedOn);

        Assert.Equal(4, await db.CommunityFunds.CountAsync(f => f.Station.Name == "崔寨街道社工站" && f.Foundation!.Name == "山东省乡村振兴基金会"));
        Assert.Equal(4, await db.Projects.CountAsync(p => p.Brand!.Name == "崔寨·青翠拾光" && p.Kind == ProjectKind.Project));
        Assert.Equal(2, await db.Projects.CountAsync(p => p.Brand!.Name == "崔寨·青翠拾光" && p.Kind == ProjectKind.Platform));
        Assert.Equal(7, await db.Projects.CountAsync(p => p.SeedFile == "000_42267c87077ab889.txt"));
        Assert.True(await db.Projects.AnyAsync(p => p.Name == "锦瑟年华" && p.Kind == ProjectKind.Plan));
        Assert.All(await db.Projects.ToListAsync(), p => Assert.Null(p.Status));
    }

    [Fact]
    public async Task ActivitiesAreDatedOnlyWhereTheTextGivesAFullDate()
    {
        var gaofeng = await db.Activities.SingleAsync(a => a.Station.Name == "乐益行驻高峰社区社工站");
        Assert.Equal(new DateOnly(2020, 12, 25), gaofeng.OccurredOn);

        var haircuts = await db.Activities.Include(a => a.Partners).SingleAsync(a => a.Station.Name == "乐益行驻龙胜社区社工站");
        Assert.Null(haircuts.OccurredOn);
        Assert.Equal("丽竹职业培训学校", Assert.Single(haircuts.Partners).Name);

        Assert.Equal(10, await db.Stations.CountAsync(s => s.SeedFile == "001_a5a2d21727bc8fb7.txt" && s.Kind == StationKind.Community));
        var qianfoshan = await db.Activities.Where(a => a.Station.Name == "千佛山街道社工站").ToListAsync();
        Assert.Equal(2, qianfoshan.Count(a => a.OccurredOn == new DateOnly(2024, 11, 5)));
        var contest = qianfoshan.Single(a => a.OccurredOn == new DateOnly(2024, 11, 13));
        Assert.Equal(ActivityKind.Publicity, contest.Kind);
        Assert.Equal("安心善居", (await db.Projects.SingleAsync(p => p.Id == contest.ProjectId)).Name);
        var review = qianfoshan.Single(a => a.OccurredOn == new DateOnly(2024, 11, 22));
        Assert.Contains("立项评审", review.Title, StringComparison.Ordinal);
        Assert.Null(review.ProjectId);

        // Two online sessions on 17–19 November (no single day) and the peer supervision on the 29th.
        Assert.Equal([null, new DateOnly(2024, 11, 29)], qianfoshan.Where(a => a.Kind == ActivityKind.Supervision).Select(a => a.OccurredOn).Order());
        Assert.All(await db.Activities.ToListAsync(), a => Assert.Equal(LoadedAt, a.RecordedAt));
    }

    [Fact]
    public async Task LeyixingStationsFollowOneNamingRule()
    {
        var stations = await db.Stations.Include(s => s.Region).Include(s => s.Operator)
            .Where(s => s.Operator!.Name.Contains("乐益行")).ToListAsync();
        Assert.Equal(10, stations.Count);
        Assert.All(stations, s => Assert.Equal($"乐益行驻{s.Region.Name}社工站", s.Name));
        Assert.Equal("钦州市乐益行社会工作服务中心", stations.Single(s => s.Name == "乐益行驻永福社区社工站").Operator!.Name);
    }

    [Fact]
    public async Task EverySeededRowNamesItsSeedFile()
    {
        string[] files = ["000_42267c87077ab889.txt", "001_a5a2d21727bc8fb7.txt", "002_fac5b402ca9add65.txt", "003_5cf74534844d9459.txt", "004_77cd9628c8511bad.txt"];
        await AssertSeeded(db.Regions);
        await AssertSeeded(db.Organizations);
        await AssertSeeded(db.Stations);
        await AssertSeeded(db.Brands);
        await AssertSeeded(db.Projects);
        await AssertSeeded(db.ProjectComponents);
        await AssertSeeded(db.ProjectResults, allowEmpty: true);
        await AssertSeeded(db.ResourcePartners);
        await AssertSeeded(db.Partnerships);
        await AssertSeeded(db.Contributions);
        await AssertSeeded(db.VolunteerTeams);
        await AssertSeeded(db.CommunityFunds);
        await AssertSeeded(db.Awards);
        await AssertSeeded(db.MediaReports);
        await AssertSeeded(db.Activities);
        await AssertSeeded(db.Observations);

        async Task AssertSeeded<T>(DbSet<T> set, bool allowEmpty = false)
            where T : class, ISeeded
        {
            var rows = await set.ToListAsync();
            if (!allowEmpty)
            {
                Assert.NotEmpty(rows);
            }

            Assert.All(rows, r => Assert.Contains(r.SeedFile, files));
        }
    }

    [Fact]
    public async Task ASecondCallInsertsNothing()
    {
        var before = await CountAll();

        Assert.False(await DemoDataset.SeedAsync(db, LoadedAt.AddDays(1)));

        Assert.Equal(before, await CountAll());
    }

    [Fact]
    public async Task RegionsFormAClosedTreeOf12DigitCodes()
    {
        var regions = await db.Regions.ToDictionaryAsync(r => r.Id);
        Assert.All(regions.Values, r => Assert.Matches("^[0-9]{12}$", r.Code));
        Assert.All(regions.Values, r => Assert.Equal(r.Level == RegionLevel.Province, r.ParentId is null));
        Assert.All(regions.Values.Where(r => r.ParentId is not null), r => Assert.Equal(regions[r.ParentId!.Value].Level + 1, r.Level));

        foreach (var station in await db.Stations.ToListAsync())
        {
            var region = regions[station.RegionId];
            while (region.ParentId is { } parent)
            {
                region = regions[parent];
            }

            Assert.Equal(RegionLevel.Province, region.Level);
            if (station.DistrictId is { } district)
            {
                Assert.Equal(RegionLevel.District, regions[district].Level);
            }
        }

        var expectedClosures = regions.Values.Sum(r => (int)r.Level);
        Assert.Equal(expectedClosures, await db.RegionClosures.CountAsync());
        Assert.Equal(regions.Count, await db.RegionClosures.CountAsync(c => c.Depth == 0));

        Assert.Equal("济阳区", regions.Values.Single(r => r.Code == "370115003000").Parent!.Name);
        var jindu = regions.Values.Single(r => r.Code == "370705006012");
        Assert.Equal(5062, jindu.Households);
        Assert.Equal(1.1m, jindu.AreaKm2);
    }

    [Fact]
    public async Task TieyiAndTieerAreCommunitiesOfErqiWithTheirProjects()
    {
        var street = await db.Regions.SingleAsync(r => r.Code == "370103008000");
        var tieyi = await db.Regions.SingleAsync(r => r.Code == "370103008001");
        var tieer = await db.Regions.SingleAsync(r => r.Code == "370103008002");
        Assert.Equal(("铁路第一社区", RegionLevel.Community, street.Id), (tieyi.Name, tieyi.Level, tieyi.ParentId!.Value));
        Assert.Equal(("铁路第二社区", RegionLevel.Community, street.Id), (tieer.Name, tieer.Level, tieer.ParentId!.Value));
        Assert.Equal(5283, tieyi.Population);

        // Closure rows reach both from the street and the province, so subtree queries find their projects.
        Assert.True(await db.RegionClosures.AnyAsync(c => c.AncestorId == street.Id && c.DescendantId == tieyi.Id && c.Depth == 1));
        Assert.Equal(5, await db.RegionClosures.CountAsync(c => c.DescendantId == tieer.Id));

        var projects = await db.Projects.Include(p => p.Communities).Where(p => p.SeedFile == "000_42267c87077ab889.txt").ToListAsync();
        Assert.Equal("铁路第一社区", Assert.Single(projects.Single(p => p.Name == "慧娴雅聚").Communities).Name);
        Assert.Equal("铁路第二社区", Assert.Single(projects.Single(p => p.Name == "益耆乐").Communities).Name);
        Assert.All(projects, p => Assert.Single(p.Communities));
    }

    [Fact]
    public async Task KuiwenCentresCarryTheirStatedFacts()
    {
        var minsheng = await db.Stations.Include(s => s.Region).SingleAsync(s => s.Name == "民生街社区“民生”社工服务中心");
        Assert.Equal(StationKind.Community, minsheng.Kind);
        Assert.Equal(4861, minsheng.Region.Households);
        Assert.Equal(3, minsheng.CertifiedStaffCount);
        Assert.Null(minsheng.StaffCount);

        var jindu = await db.Stations.SingleAsync(s => s.Name == "金都社区综合服务中心");
        Assert.Equal((10, 6), (jindu.StaffCount!.Value, jindu.CertifiedStaffCount!.Value));
        Assert.Equal(4, await db.Projects.CountAsync(p => p.Brand!.Name == "融悦金都·幸福家园"));

        var family = await db.Projects.Include(p => p.Components).SingleAsync(p => p.Name == "民生一家亲");
        Assert.Equal(["父母大学", "公益老年大学", "关爱青少年健康成长", "构建亲如一家的军民关系"], family.Components.OrderBy(c => c.SortOrder).Select(c => c.Name));
    }

    [Fact]
    public async Task IdsAreTheSameOnEveryRun()
    {
        var otherPath = Path.Combine(Path.GetTempPath(), $"hub-demo-{Guid.NewGuid():N}.db");
        try
        {
            await using (var other = await OpenMigratedAsync(otherPath))
            {
                await DemoDataset.SeedAsync(other, LoadedAt);

                Assert.Equal(await Fingerprint(db), await Fingerprint(other));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(otherPath);
        }

        static async Task<string[]> Fingerprint(HubDbContext context) =>
        [
            .. (await context.Regions.OrderBy(r => r.Id).Select(r => r.Id + " " + r.Code).ToListAsync()),
            .. (await context.Stations.OrderBy(s => s.Id).Select(s => s.Id + " " + s.Name).ToListAsync()),
            .. (await context.Projects.OrderBy(p => p.Id).Select(p => p.Id + " " + p.Name).ToListAsync()),
            .. (await context.ProjectComponents.OrderBy(c => c.Id).Select(c => c.Id + " " + c.Name + " " + c.ParentId).ToListAsync()),
            .. (await context.ResourcePartners.OrderBy(p => p.Id).Select(p => p.Id + " " + p.Name).ToListAsync()),
            .. (await context.Activities.OrderBy(a => a.Id).Select(a => a.Id + " " + a.Title).ToListAsync()),
            .. (await context.Observations.OrderBy(o => o.Id).Select(o => o.Id + " " + o.IndicatorId + " " + o.Period).ToListAsync()),
        ];
    }

    private async Task<Dictionary<string, decimal>> ObservationsOf(string stationName, int period) =>
        (await db.Observations.Where(o => o.Station.Name == stationName && o.Period == period)
            .Select(o => new { o.Indicator.Code, o.ScaledValue }).ToListAsync())
        .ToDictionary(o => o.Code, o => ScaledDecimal.FromScaled(o.ScaledValue));

    private async Task<int[]> CountAll() =>
    [
        await db.Regions.CountAsync(), await db.RegionClosures.CountAsync(), await db.Organizations.CountAsync(),
        await db.Stations.CountAsync(), await db.Brands.CountAsync(), await db.Projects.CountAsync(),
        await db.ProjectComponents.CountAsync(), await db.ResourcePartners.CountAsync(), await db.Partnerships.CountAsync(),
        await db.Contributions.CountAsync(), await db.VolunteerTeams.CountAsync(), await db.CommunityFunds.CountAsync(),
        await db.Awards.CountAsync(), await db.MediaReports.CountAsync(), await db.Activities.CountAsync(),
        await db.Observations.CountAsync(),
    ];

    /// <summary>A new SQLite file brought up the way the server does it (migrations, catalogue), without the demo data.</summary>
    private static async Task<SqliteHubDbContext> OpenMigratedAsync(string file)
    {
        var context = new SqliteHubDbContext(new DbContextOptionsBuilder<SqliteHubDbContext>().UseSqlite($"Data Source={file}").Options);
        await new HubDatabaseInitializer(context, new HubDatabaseOptions { SeedDemoData = false }, TimeProvider.System).InitializeAsync();
        return context;
    }
}
