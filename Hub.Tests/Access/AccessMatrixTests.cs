using System.Text.Json.Nodes;
using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.Relay;
using Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Access;

/// <summary>
/// Every root Query field as each role (PUBLIC, PARTNER, STATION_STAFF of station A, ANALYST of A's district, ADMIN)
/// over the demo data with some rows made internal (<see cref="AccessMatrixData"/>): what each may see is worked out
/// here from the database, independently of the schema's rules, and compared with what the endpoint answers, totals
/// and filters included. Station B's internal rows lie outside both the staff's and the analyst's scope.
/// </summary>
public abstract class AccessMatrixTests<TFixture>(TFixture hub) : IAsyncLifetime
    where TFixture : HubServerFixture
{
    private static readonly SemaphoreSlim Arranged = new(1, 1);
    private static AccessMatrixData? _data;
    private static HashSet<int>? _analystStations;

    private static AccessMatrixData Data => _data ?? throw new InvalidOperationException("Not arranged.");

    public async Task InitializeAsync()
    {
        await Arranged.WaitAsync();
        try
        {
            if (_data is null)
            {
                await using var scope = hub.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
                _data = await AccessMatrixData.ArrangeAsync(db);
                var districtId = await db.Regions.Where(r => r.Code == _data.DistrictA).Select(r => r.Id).SingleAsync();
                var inside = await db.RegionClosures.Where(c => c.AncestorId == districtId).Select(c => c.DescendantId).ToListAsync();
                _analystStations = (await db.Stations.Where(s => inside.Contains(s.RegionId)).Select(s => s.Id).ToListAsync()).ToHashSet();
            }
        }
        finally
        {
            Arranged.Release();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private GraphQLClient ClientFor(string role) => role switch
    {
        "PARTNER" => hub.ClientAs(HubRole.Partner),
        "STATION_STAFF" => hub.ClientAs(HubRole.StationStaff, stationId: Data.StationA),
        "ANALYST" => hub.ClientAs(HubRole.Analyst, regionCode: Data.DistrictA),
        "ADMIN" => hub.Admin,
        _ => hub.Client,
    };

    /// <summary>Whether the role sees the internal rows and sensitive figures of this station, by the rules as documented.</summary>
    private static bool SeesInside(string role, int stationId) => role switch
    {
        "ADMIN" => true,
        "STATION_STAFF" => stationId == Data.StationA,
        "ANALYST" => _analystStations!.Contains(stationId),
        _ => false,
    };

    private async Task<T> ReadAsync<T>(Func<HubDbContext, Task<T>> read)
    {
        await using var scope = hub.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<HubDbContext>());
    }

    private async Task<(HashSet<int> Projects, HashSet<int> Brands, int Activities)> ExpectedAsync(string role)
    {
        var projects = await ReadAsync(db => db.Projects.Select(p => new { p.Id, p.StationId, p.Visibility }).ToListAsync());
        var brands = await ReadAsync(db => db.Brands.Select(b => new { b.Id, b.StationId, b.Visibility }).ToListAsync());
        var activities = await ReadAsync(db => db.Activities.Select(a => a.ProjectId).ToListAsync());
        var visibleProjects = projects.Where(p => p.Visibility == Visibility.Public || SeesInside(role, p.StationId)).Select(p => p.Id).ToHashSet();
        var visibleBrands = brands.Where(b => b.Visibility == Visibility.Public || SeesInside(role, b.StationId)).Select(b => b.Id).ToHashSet();
        return (visibleProjects, visibleBrands, activities.Count(p => p is null || visibleProjects.Contains(p.Value)));
    }

    [Theory]
    [MemberData(nameof(AccessRoles.All), MemberType = typeof(AccessRoles))]
    public async Task Root_connections_count_and_list_only_the_rows_the_caller_may_see(string role)
    {
        var (projects, brands, activities) = await ExpectedAsync(role);
        var data = await ClientFor(role).QueryAsync("""
            {
              projects(first: 100) { totalCount nodes { id } }
              brands(first: 100) { totalCount nodes { id } }
              activities(first: 1) { totalCount }
              stations(first: 1) { totalCount }
              regions(first: 1) { totalCount }
              partners(first: 1) { totalCount }
            }
            """);
        Assert.Equal(projects.Count, data["projects"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(brands.Count, data["brands"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(activities, data["activities"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(await ReadAsync(db => db.Stations.CountAsync()), data["stations"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(await ReadAsync(db => db.Regions.CountAsync()), data["regions"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(await ReadAsync(db => db.ResourcePartners.CountAsync()), data["partners"]!["totalCount"]!.GetValue<int>());
        if (projects.Count <= 100)
        {
            Assert.Equal(projects.Order(), Ids(data["projects"]!, "Project").Order());
        }

        if (brands.Count <= 100)
        {
            Assert.Equal(brands.Order(), Ids(data["brands"]!, "Brand").Order());
        }
    }

    [Theory]
    [MemberData(nameof(AccessRoles.All), MemberType = typeof(AccessRoles))]
    public async Task Filters_on_internal_fields_never_reveal_that_hidden_rows_exist(string role)
    {
        var (projects, brands, _) = await ExpectedAsync(role);
        var internalProjects = await ReadAsync(db => db.Projects.Where(p => p.Visibility == Visibility.Internal).Select(p => new { p.Id, p.StationId, p.BrandId }).ToListAsync());
        var internalBrands = await ReadAsync(db => db.Brands.Where(b => b.Visibility == Visibility.Internal).Select(b => new { b.Id, b.StationId }).ToListAsync());
        var activityProjects = await ReadAsync(db => db.Activities.Where(a => a.ProjectId != null).Select(a => a.ProjectId!.Value).ToListAsync());
        var projectBrands = await ReadAsync(db => db.Projects.Where(p => p.BrandId != null).Select(p => new { p.Id, BrandId = p.BrandId!.Value }).ToListAsync());

        var seenInternalProjects = internalProjects.Where(p => projects.Contains(p.Id)).ToList();
        var seenInternalBrands = internalBrands.Where(b => brands.Contains(b.Id)).ToList();
        var data = await ClientFor(role).QueryAsync("""
            {
              projects(where: { visibility: { eq: INTERNAL } }) { totalCount }
              brands(where: { visibility: { eq: INTERNAL } }) { totalCount }
              stations(where: { projects: { some: { visibility: { eq: INTERNAL } } } }) { totalCount }
              stationsWithInternalBrands: stations(where: { brands: { some: { visibility: { eq: INTERNAL } } } }) { totalCount }
              activities(where: { project: { visibility: { eq: INTERNAL } } }) { totalCount }
              projectsOfInternalBrands: projects(where: { brand: { visibility: { eq: INTERNAL } } }) { totalCount }
            }
            """);
        Assert.Equal(seenInternalProjects.Count, data["projects"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(seenInternalBrands.Count, data["brands"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(seenInternalProjects.Select(p => p.StationId).Distinct().Count(), data["stations"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(seenInternalBrands.Select(b => b.StationId).Distinct().Count(), data["stationsWithInternalBrands"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(activityProjects.Count(id => seenInternalProjects.Any(p => p.Id == id)), data["activities"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(
            projectBrands.Count(p => projects.Contains(p.Id) && seenInternalBrands.Any(b => b.Id == p.BrandId)),
            data["projectsOfInternalBrands"]!["totalCount"]!.GetValue<int>());
        if (role is "PUBLIC" or "PARTNER")
        {
            Assert.Equal(0, data["projects"]!["totalCount"]!.GetValue<int>());
        }
    }

    [Theory]
    [MemberData(nameof(AccessRoles.All), MemberType = typeof(AccessRoles))]
    public async Task Station_and_region_children_follow_the_same_rules(string role)
    {
        var (projects, brands, _) = await ExpectedAsync(role);
        var data = await ClientFor(role).QueryAsync("""
            query($a: ID!, $b: ID!, $district: String!) {
              a: station(id: $a) { projects(first: 100) { totalCount nodes { id } } brands { id projects { id } } contributions { id } }
              b: station(id: $b) { projects(first: 100) { totalCount nodes { id } } brands { id projects { id } } }
              region(code: $district) { stations(first: 1) { totalCount } }
            }
            """,
            new { a = GlobalId.Of("Station", Data.StationA), b = GlobalId.Of("Station", Data.StationB), district = Data.DistrictA });
        foreach (var (alias, stationId) in new[] { ("a", Data.StationA), ("b", Data.StationB) })
        {
            var expectedProjects = await ReadAsync(db => db.Projects.Where(p => p.StationId == stationId).Select(p => p.Id).ToListAsync());
            var expectedBrands = await ReadAsync(db => db.Brands.Where(b => b.StationId == stationId).Select(b => b.Id).ToListAsync());
            var station = data[alias]!;
            Assert.Equal(expectedProjects.Where(projects.Contains).Order(), Ids(station["projects"]!, "Project").Order());
            Assert.Equal(expectedProjects.Count(projects.Contains), station["projects"]!["totalCount"]!.GetValue<int>());
            Assert.Equal(expectedBrands.Where(brands.Contains).Order(), ((JsonArray)station["brands"]!).Select(b => GlobalId.Expect(b!["id"]!.GetValue<string>(), "Brand")).Order());
            Assert.All((JsonArray)station["brands"]!, b => Assert.All((JsonArray)b!["projects"]!, p => Assert.Contains(GlobalId.Expect(p!["id"]!.GetValue<string>(), "Project"), projects)));
        }

        Assert.Equal(_analystStations!.Count, data["region"]!["stations"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [MemberData(nameof(AccessRoles.All), MemberType = typeof(AccessRoles))]
    public async Task Station_by_code_finds_every_station_as_every_role_with_the_children_station_by_id_shows(string role)
    {
        var codes = await ReadAsync(db => db.Stations.Where(s => s.Id == Data.StationA || s.Id == Data.StationB).ToDictionaryAsync(s => s.Id, s => s.Code));
        const string Selection = "id code projects(first: 100) { totalCount nodes { id } } brands { id projects { id } } contributions { id }";
        var data = await ClientFor(role).QueryAsync($$"""
            query($a: ID!, $b: ID!, $codeA: String!, $codeB: String!) {
              a: station(id: $a) { {{Selection}} }
              b: station(id: $b) { {{Selection}} }
              aByCode: stationByCode(code: $codeA) { {{Selection}} }
              bByCode: stationByCode(code: $codeB) { {{Selection}} }
            }
            """,
            new { a = GlobalId.Of("Station", Data.StationA), b = GlobalId.Of("Station", Data.StationB), codeA = codes[Data.StationA], codeB = codes[Data.StationB] });

        Assert.Equal(codes[Data.StationA], data["aByCode"]!["code"]!.GetValue<string>());
        Assert.Equal(codes[Data.StationB], data["bByCode"]!["code"]!.GetValue<string>());
        Assert.Equal(data["a"]!.ToJsonString(), data["aByCode"]!.ToJsonString());
        Assert.Equal(data["b"]!.ToJsonString(), data["bByCode"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(AccessRoles.All), MemberType = typeof(AccessRoles))]
    public async Task Node_lookups_of_hidden_rows_answer_null_with_NOT_FOUND(string role)
    {
        var ids = new[]
        {
            (GlobalId.Of("Project", Data.InternalProjectA), SeesInside(role, Data.StationA)),
            (GlobalId.Of("Brand", Data.InternalBrandA), SeesInside(role, Data.StationA)),
            (GlobalId.Of("Project", Data.InternalProjectB), SeesInside(role, Data.StationB)),
            (GlobalId.Of("Brand", Data.InternalBrandB), SeesInside(role, Data.StationB)),
            (GlobalId.Of("Station", Data.StationB), true),
        };
        var client = ClientFor(role);
        foreach (var (id, visible) in ids)
        {
            var single = await client.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id });
            Assert.Equal(visible ? id : null, single.Data!["node"]?["id"]?.GetValue<string>());
            Assert.Equal(visible ? null : "NOT_FOUND", single.FirstErrorCode);
        }

        var many = await client.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = ids.Select(i => i.Item1).ToArray() });
        Assert.Equal(ids.Select(i => i.Item2 ? i.Item1 : null), ((JsonArray)many.Data!["nodes"]!).Select(n => n?["id"]?.GetValue<string>()));
        Assert.Equal(ids.Count(i => !i.Item2), many.Errors?.Count ?? 0);
    }

    [Theory]
    [MemberData(nameof(AccessRoles.All), MemberType = typeof(AccessRoles))]
    public async Task A_public_project_under_an_internal_brand_shows_the_brand_only_to_who_may_see_it(string role)
    {
        var id = GlobalId.Of("Project", Data.PublicProjectOfInternalBrandA);
        var response = await ClientFor(role).PostAsync("""
            query($id: ID!) {
              node(id: $id) { ... on Project { id brand { id name } } }
              projects(first: 100, where: { id: { eq: $id } }) { nodes { id brand { id name } } }
            }
            """,
            new { id });

        // No error either way: an error at the path would itself say that the project has a hidden brand.
        Assert.True(response.Errors is null, response.Body);
        var brandName = await ReadAsync(db => db.Brands.Where(b => b.Id == Data.InternalBrandA).Select(b => b.Name).SingleAsync());
        foreach (var project in new[] { response.Data!["node"]!, response.Data!["projects"]!["nodes"]![0]! })
        {
            Assert.Equal(id, project["id"]!.GetValue<string>());
            var brand = project["brand"];
            if (SeesInside(role, Data.StationA))
            {
                Assert.Equal(GlobalId.Of("Brand", Data.InternalBrandA), brand!["id"]!.GetValue<string>());
                Assert.Equal(brandName, brand["name"]!.GetValue<string>());
            }
            else
            {
                Assert.Null(brand);
            }
        }
    }

    [Theory]
    [MemberData(nameof(AccessRoles.All), MemberType = typeof(AccessRoles))]
    public async Task The_catalogue_is_public_and_sensitive_figures_follow_the_scope(string role)
    {
        var client = ClientFor(role);
        var catalogue = await client.QueryAsync("{ indicators { code sensitivity } }");
        Assert.Equal(await ReadAsync(db => db.Indicators.CountAsync()), ((JsonArray)catalogue["indicators"]!).Count);

        // Every station of A's district, on a restricted figure: whole where the caller sees inside, suppressed elsewhere.
        var data = await client.QueryAsync("""
            query($district: String!) {
              region(code: $district) { stations(first: 100) { nodes { id indicators(period: "2024", codes: ["subsistence_households", "volunteer_hours"]) { value suppressed reportingStations } } } }
            }
            """,
            new { district = Data.DistrictA });
        var nodes = (JsonArray)data["region"]!["stations"]!["nodes"]!;
        Assert.Contains(nodes, s => GlobalId.Expect(s!["id"]!.GetValue<string>(), "Station") == Data.StationA && s["indicators"]![0]!["reportingStations"]!.GetValue<int>() == 1);
        foreach (var station in nodes)
        {
            var id = GlobalId.Expect(station!["id"]!.GetValue<string>(), "Station");
            var restricted = station["indicators"]![0]!;
            if (restricted["reportingStations"]!.GetValue<int>() > 0)
            {
                Assert.Equal(!SeesInside(role, id), restricted["suppressed"]!.GetValue<bool>());
                Assert.Equal(SeesInside(role, id), restricted["value"] is not null);
            }

            Assert.False(station["indicators"]![1]!["suppressed"]!.GetValue<bool>());
        }
    }

    [Theory]
    [MemberData(nameof(AccessRoles.All), MemberType = typeof(AccessRoles))]
    public async Task A_comparison_is_whole_only_inside_the_callers_region(string role)
    {
        var province = await ReadAsync(db => db.Regions.Where(r => r.ParentId == null && db.Stations.Any()).OrderBy(r => r.Id).Select(r => r.Code).FirstAsync());
        const string query = """
            query($region: String!) {
              comparison(input: { regionCode: $region, level: STATION, period: "2024", codes: ["subsistence_households"] }) {
                totalCount rows { stationId rank values { value suppressed reportingStations } }
              }
            }
            """;
        var client = ClientFor(role);
        foreach (var (region, whole) in new[] { (Data.DistrictA, role is "ADMIN" or "ANALYST"), (province, role == "ADMIN") })
        {
            var rows = (JsonArray)(await client.QueryAsync(query, new { region }))["comparison"]!["rows"]!;
            var reported = rows.Where(r => r!["values"]![0]!["reportingStations"]!.GetValue<int>() > 0).ToList();
            Assert.NotEmpty(reported);
            Assert.All(reported, r => Assert.Equal(!whole, r!["values"]![0]!["suppressed"]!.GetValue<bool>()));
            Assert.All(reported, r => Assert.Equal(whole, r!["rank"] is not null));
        }

        var all = (JsonArray)(await hub.Admin.QueryAsync(query, new { region = province }))["comparison"]!["rows"]!;
        Assert.Contains(all, r => r!["values"]![0]!["value"] is not null);
    }

    [Theory]
    [MemberData(nameof(AccessRoles.All), MemberType = typeof(AccessRoles))]
    public async Task Public_projects_are_the_same_open_public_listing_for_every_caller(string role)
    {
        var expected = await ReadAsync(db => db.Projects
            .Where(p => p.Visibility == Visibility.Public && (p.Status == null || (p.Status != ProjectStatus.Closed && p.Status != ProjectStatus.Cancelled && p.Status != ProjectStatus.Suspended)))
            .Select(p => p.Id).ToListAsync());
        var data = await ClientFor(role).QueryAsync("{ publicProjects(first: 100) { totalCount nodes { id brandName } } }");
        Assert.Equal(expected.Count, data["publicProjects"]!["totalCount"]!.GetValue<int>());
        var ids = Ids(data["publicProjects"]!, "Project");
        Assert.DoesNotContain(Data.InternalProjectA, ids);
        Assert.DoesNotContain(Data.InternalProjectB, ids);
        if (expected.Count <= 100)
        {
            Assert.Equal(expected.Order(), ids.Order());
        }

        var internalBrandNames = await ReadAsync(db => db.Brands.Where(b => b.Visibility == Visibility.Internal).Select(b => b.Name).ToListAsync());
        Assert.DoesNotContain((JsonArray)data["publicProjects"]!["nodes"]!, n => n!["brandName"] is { } name && internalBrandNames.Contains(name.GetValue<string>()));
    }

    private static List<int> Ids(JsonNode connection, string type) =>
        ((JsonArray)connection["nodes"]!).Select(n => GlobalId.Expect(n!["id"]!.GetValue<string>(), type)).ToList();
}

public sealed class AccessMatrixOnSqlite(SqliteDemoHub hub) : AccessMatrixTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class AccessMatrixOnMariaDb(MariaDbDemoHub hub) : AccessMatrixTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;
