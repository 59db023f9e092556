using System.Text.Json.Nodes;
using Hub.Schema.Access;
using Hub.Schema.Relay;
using Hub.Tests.Infrastructure;

namespace Hub.Tests.Registry;

/// <summary>
/// The smaller records of a station over the real endpoint: community funds (a community within the station's region,
/// a foundation that works with it), awards (a project of the same station) and media reports (an article or a tally),
/// each created, patched (<c>update…</c>) and deleted (<c>delete…</c>; nothing refers to these rows, so there is no
/// IN_USE). Station staff keep their own station's only; bad input stores and changes nothing. On both databases.
/// </summary>
public abstract class StationRecordRegistryTests<TFixture>(TFixture hub)
    where TFixture : HubServerFixture
{
    private const string CreateFund = "mutation($input: CreateCommunityFundInput!) { createCommunityFund(input: $input) { communityFund { id name founded community { code } foundation { id } } errors { field code message } } }";
    private const string CreateAward = "mutation($input: CreateAwardInput!) { createAward(input: $input) { award { id title grade grantor awardedOn project { id } } errors { field code message } } }";
    private const string CreateReport = "mutation($input: CreateMediaReportInput!) { createMediaReport(input: $input) { mediaReport { id kind outlet title author publishedOn year count url } errors { field code message } } }";
    private const string UpdateFund = "mutation($input: UpdateCommunityFundInput!) { updateCommunityFund(input: $input) { communityFund { id name founded community { code } foundation { id } } errors { field code message } } }";
    private const string UpdateAward = "mutation($input: UpdateAwardInput!) { updateAward(input: $input) { award { id title grade grantor awardedOn project { id } } errors { field code message } } }";
    private const string UpdateReport = "mutation($input: UpdateMediaReportInput!) { updateMediaReport(input: $input) { mediaReport { id kind outlet title author publishedOn year count url } errors { field code message } } }";
    private const string DeleteFund = "mutation($id: ID!) { deleteCommunityFund(id: $id) { communityFund { id name } errors { field code message } } }";
    private const string DeleteAward = "mutation($id: ID!) { deleteAward(id: $id) { award { id title } errors { field code message } } }";
    private const string DeleteReport = "mutation($id: ID!) { deleteMediaReport(id: $id) { mediaReport { id outlet } errors { field code message } } }";
    private const string RecordsOf = "query($id: ID!) { station(id: $id) { communityFunds { id name } awards { id title project { id } } mediaReports { id title outlet count url } } }";

    [Fact]
    public async Task Station_staff_record_funds_awards_and_media_reports_of_their_own_station()
    {
        var (station, region, project) = await StationWithProjectAsync();
        var staff = hub.ClientAs(HubRole.StationStaff, stationId: GlobalId.IdOf(station, "Station"));
        var foundation = (await staff.QueryAsync("mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } } }", new { input = new { name = "慈心基金会", stationId = station, kind = "FOUNDATION" } }))["createPartner"]!["partner"]!["id"]!.GetValue<string>();

        var fund = (await staff.QueryAsync(CreateFund, new { input = new { name = "邻里互助社区基金", stationId = station, communityId = region.Id, foundationId = foundation, founded = "2024-06" } }))["createCommunityFund"]!;
        Assert.Empty((JsonArray)fund["errors"]!);
        Assert.Equal(region.Code, fund["communityFund"]!["community"]!["code"]!.GetValue<string>());
        Assert.Equal(foundation, fund["communityFund"]!["foundation"]!["id"]!.GetValue<string>());
        Assert.Equal("2024-06", fund["communityFund"]!["founded"]!.GetValue<string>());

        var award = (await staff.QueryAsync(CreateAward, new { input = new { title = "优秀社会工作服务项目", stationId = station, projectId = project, grade = "一等奖", grantor = "济南市民政局", awardedOn = "2024-12-20" } }))["createAward"]!;
        Assert.Empty((JsonArray)award["errors"]!);
        Assert.Equal("一等奖", award["award"]!["grade"]!.GetValue<string>());
        Assert.Equal(project, award["award"]!["project"]!["id"]!.GetValue<string>());
        var awardId = award["award"]!["id"]!.GetValue<string>();

        var article = (await staff.QueryAsync(CreateReport, new { input = new { stationId = station, kind = "ARTICLE", outlet = "济南日报", title = "社工站里的幸福食堂", author = "王记者", publishedOn = "2024-11-05", url = " https://www.jinan.gov.cn/art/2024/11/5/xingfu.html " } }))["createMediaReport"]!;
        Assert.Empty((JsonArray)article["errors"]!);
        Assert.Equal("https://www.jinan.gov.cn/art/2024/11/5/xingfu.html", article["mediaReport"]!["url"]!.GetValue<string>());
        Assert.Equal(1, article["mediaReport"]!["count"]!.GetValue<int>());
        Assert.Null(article["mediaReport"]!["year"]);
        var tally = (await staff.QueryAsync(CreateReport, new { input = new { stationId = station, kind = "VIDEO", outlet = "山东省社会工作协会", year = 2024, count = 24 } }))["createMediaReport"]!;
        Assert.Empty((JsonArray)tally["errors"]!);
        Assert.Equal("VIDEO", tally["mediaReport"]!["kind"]!.GetValue<string>());
        Assert.Null(tally["mediaReport"]!["url"]);

        var read = (await hub.Admin.QueryAsync(RecordsOf, new { id = station }))["station"]!;
        Assert.Contains((JsonArray)read["communityFunds"]!, f => f!["name"]!.GetValue<string>() == "邻里互助社区基金");
        Assert.Contains((JsonArray)read["awards"]!, a => a!["id"]!.GetValue<string>() == awardId && a["project"]!["id"]!.GetValue<string>() == project);
        Assert.Contains((JsonArray)read["mediaReports"]!, r => r!["outlet"]?.GetValue<string>() == "山东省社会工作协会" && r["count"]!.GetValue<int>() == 24);
        Assert.Contains((JsonArray)read["mediaReports"]!, r => r!["title"]?.GetValue<string>() == "社工站里的幸福食堂" && r["url"]?.GetValue<string>() == "https://www.jinan.gov.cn/art/2024/11/5/xingfu.html");
    }

    [Fact]
    public async Task An_awards_project_reads_null_to_a_caller_who_may_not_see_it()
    {
        var (station, _) = await hub.Client.StationAsync(0);
        var project = (await hub.Admin.QueryAsync("mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }", new { input = new { name = "站内试点项目" + Guid.NewGuid().ToString("N")[..8], stationId = station, visibility = "INTERNAL" } }))["createProject"]!["project"]!["id"]!.GetValue<string>();
        var created = (await hub.Admin.QueryAsync(CreateAward, new { input = new { title = "内部项目奖", stationId = station, projectId = project } }))["createAward"]!;
        Assert.Empty((JsonArray)created["errors"]!);
        var award = created["award"]!["id"]!.GetValue<string>();
        const string ProjectOfAward = "query($id: ID!) { node(id: $id) { ... on Award { title project { id } } } }";

        // The award is public, its internal project is not: the public reads the award and no project, not an error.
        var publicRead = (await hub.Client.QueryAsync(ProjectOfAward, new { id = award }))["node"]!;
        Assert.Equal("内部项目奖", publicRead["title"]!.GetValue<string>());
        Assert.Null(publicRead["project"]);
        var staff = hub.ClientAs(HubRole.StationStaff, stationId: GlobalId.IdOf(station, "Station"));
        Assert.Equal(project, (await staff.QueryAsync(ProjectOfAward, new { id = award }))["node"]!["project"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Other_stations_and_read_only_callers_are_refused_and_store_nothing()
    {
        var (own, _) = await hub.Client.StationAsync(0);
        var (other, _) = await hub.Client.StationAsync(1);
        var staff = hub.ClientAs(HubRole.StationStaff, stationId: GlobalId.IdOf(own, "Station"));
        var analyst = hub.ClientAs(HubRole.Analyst, regionCode: "370102000000");
        var partner = hub.ClientAs(HubRole.Partner);
        (GraphQLClient Caller, string Station, string Code, string Mark)[] cases =
        [
            (staff, other, "FORBIDDEN", "越权"),
            (analyst, own, "FORBIDDEN", "分析员"),
            (partner, own, "FORBIDDEN", "伙伴"),
            (hub.Client, own, "UNAUTHENTICATED", "匿名"),
        ];
        foreach (var (caller, station, code, mark) in cases)
        {
            Assert.Equal(code, (await caller.PostAsync(CreateFund, new { input = new { name = mark + "基金", stationId = station } })).FirstErrorCode);
            Assert.Equal(code, (await caller.PostAsync(CreateAward, new { input = new { title = mark + "奖", stationId = station } })).FirstErrorCode);
            Assert.Equal(code, (await caller.PostAsync(CreateReport, new { input = new { stationId = station, kind = "ARTICLE", title = mark + "报道" } })).FirstErrorCode);
        }

        foreach (var station in new[] { own, other })
        {
            var read = (await hub.Admin.QueryAsync(RecordsOf, new { id = station }))["station"]!;
            var names = ((JsonArray)read["communityFunds"]!).Select(f => f!["name"]!.GetValue<string>())
                .Concat(((JsonArray)read["awards"]!).Select(a => a!["title"]!.GetValue<string>()))
                .Concat(((JsonArray)read["mediaReports"]!).Select(r => r!["title"]?.GetValue<string>() ?? ""));
            Assert.DoesNotContain(names, n => cases.Any(c => n.StartsWith(c.Mark, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task Bad_input_is_a_field_error_and_stores_nothing()
    {
        var (station, _, _) = await StationWithProjectAsync();
        var farAway = (await hub.Client.QueryAsync("{ region(code: \"370000000000\") { id } }"))["region"]!["id"]!.GetValue<string>();
        var other = (await hub.Client.StationAsync(0)).Id is var first && first != station ? first : (await hub.Client.StationAsync(1)).Id;
        var foreignPartner = (await hub.Admin.QueryAsync("mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } } }", new { input = new { name = "别站基金会", stationId = other, kind = "FOUNDATION" } }))["createPartner"]!["partner"]!["id"]!.GetValue<string>();
        var foreignProject = (await hub.Admin.QueryAsync("query($id: ID!) { projects(where: { station: { id: { neq: $id } } }, first: 1) { nodes { id } } }", new { id = station }))["projects"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var future = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd");
        var before = (await hub.Admin.QueryAsync(RecordsOf, new { id = station }))["station"]!.ToJsonString();

        var fund = (await hub.Admin.QueryAsync(CreateFund, new { input = new { name = "", stationId = station, communityId = farAway, foundationId = foreignPartner, founded = "2024-13" } }))["createCommunityFund"]!;
        Assert.Null(fund["communityFund"]);
        Assert.Equal(["communityId", "foundationId", "founded", "name"], Fields(fund));
        var noFoundation = (await hub.Admin.QueryAsync(CreateFund, new { input = new { name = "无主基金", stationId = station, foundationId = GlobalId.Of("ResourcePartner", 987_654) } }))["createCommunityFund"]!;
        Assert.Equal("NOT_FOUND", noFoundation["errors"]![0]!["code"]!.GetValue<string>());

        var award = (await hub.Admin.QueryAsync(CreateAward, new { input = new { title = " ", stationId = station, projectId = foreignProject, grade = new string('级', 51), awardedOn = future } }))["createAward"]!;
        Assert.Null(award["award"]);
        Assert.Equal(["awardedOn", "grade", "projectId", "title"], Fields(award));
        var noStation = (await hub.Admin.QueryAsync(CreateAward, new { input = new { title = "无站奖", stationId = GlobalId.Of("Station", 987_654) } }))["createAward"]!;
        Assert.Equal("NOT_FOUND", noStation["errors"]![0]!["code"]!.GetValue<string>());

        var report = (await hub.Admin.QueryAsync(CreateReport, new { input = new { stationId = station, kind = "ARTICLE", count = 0, publishedOn = future, author = new string('名', 101), url = "javascript:alert(1)" } }))["createMediaReport"]!;
        Assert.Null(report["mediaReport"]);
        Assert.Equal(["author", "count", "publishedOn", "title", "url"], Fields(report));
        foreach (var url in new[] { "/art/2024/xingfu.html", "www.jinan.gov.cn/xingfu.html", "ftp://files.jinan.gov.cn/xingfu.pdf", "mailto:press@jinan.gov.cn", "https://" + new string('a', 2000) + ".cn" })
        {
            var badUrl = (await hub.Admin.QueryAsync(CreateReport, new { input = new { stationId = station, kind = "ARTICLE", title = "链接不对", url } }))["createMediaReport"]!;
            Assert.Null(badUrl["mediaReport"]);
            Assert.Equal(["url"], Fields(badUrl));
            Assert.Equal("BAD_USER_INPUT", badUrl["errors"]![0]!["code"]!.GetValue<string>());
        }

        var wrongYear = (await hub.Admin.QueryAsync(CreateReport, new { input = new { stationId = station, kind = "ARTICLE", title = "年份不符", publishedOn = "2023-05-01", year = 2024 } }))["createMediaReport"]!;
        Assert.Equal(["year"], Fields(wrongYear));
        var ancient = (await hub.Admin.QueryAsync(CreateReport, new { input = new { stationId = station, kind = "VIDEO", outlet = "古报", year = 1800 } }))["createMediaReport"]!;
        Assert.Equal(["year"], Fields(ancient));

        var ok = (await hub.Admin.QueryAsync(CreateFund, new { input = new { name = "重名社区基金", stationId = station } }))["createCommunityFund"]!;
        Assert.Empty((JsonArray)ok["errors"]!);
        var duplicate = (await hub.Admin.QueryAsync(CreateFund, new { input = new { name = "重名社区基金", stationId = station } }))["createCommunityFund"]!;
        Assert.Equal("DUPLICATE", duplicate["errors"]![0]!["code"]!.GetValue<string>());

        var after = (await hub.Admin.QueryAsync(RecordsOf, new { id = station }))["station"]!;
        Assert.Single((JsonArray)after["communityFunds"]!, f => f!["name"]!.GetValue<string>() == "重名社区基金");
        after["communityFunds"]!.AsArray().Remove(after["communityFunds"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "重名社区基金"));
        Assert.Equal(before, after.ToJsonString());
    }

    [Fact]
    public async Task Station_staff_patch_and_delete_their_own_stations_funds_awards_and_media_reports()
    {
        var (station, region, project) = await StationWithProjectAsync();
        var staff = hub.ClientAs(HubRole.StationStaff, stationId: GlobalId.IdOf(station, "Station"));
        var mark = Guid.NewGuid().ToString("N")[..8];
        var foundation = (await staff.QueryAsync("mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } } }", new { input = new { name = "仁爱基金会" + mark, stationId = station, kind = "FOUNDATION" } }))["createPartner"]!["partner"]!["id"]!.GetValue<string>();
        var fund = (await staff.QueryAsync(CreateFund, new { input = new { name = "睦邻基金" + mark, stationId = station, communityId = region.Id, foundationId = foundation, founded = "2023" } }))["createCommunityFund"]!["communityFund"]!["id"]!.GetValue<string>();
        var award = (await staff.QueryAsync(CreateAward, new { input = new { title = "优秀项目" + mark, stationId = station, projectId = project, grade = "二等奖", grantor = "济南市民政局" } }))["createAward"]!["award"]!["id"]!.GetValue<string>();
        var report = (await staff.QueryAsync(CreateReport, new { input = new { stationId = station, kind = "ARTICLE", outlet = "齐鲁晚报", title = "走进社工站" + mark, publishedOn = "2024-03-08" } }))["createMediaReport"]!["mediaReport"]!["id"]!.GetValue<string>();

        // Left out stays, null clears, a value replaces.
        var patchedFund = (await staff.QueryAsync(UpdateFund, new { input = new { id = fund, name = "睦邻互助基金" + mark, foundationId = (string?)null, founded = "2023-09" } }))["updateCommunityFund"]!;
        Assert.Empty((JsonArray)patchedFund["errors"]!);
        Assert.Equal("睦邻互助基金" + mark, patchedFund["communityFund"]!["name"]!.GetValue<string>());
        Assert.Null(patchedFund["communityFund"]!["foundation"]);
        Assert.Equal("2023-09", patchedFund["communityFund"]!["founded"]!.GetValue<string>());
        Assert.Equal(region.Code, patchedFund["communityFund"]!["community"]!["code"]!.GetValue<string>());

        var patchedAward = (await staff.QueryAsync(UpdateAward, new { input = new { id = award, projectId = (string?)null, grade = "一等奖", awardedOn = "2024-12-01" } }))["updateAward"]!;
        Assert.Empty((JsonArray)patchedAward["errors"]!);
        Assert.Null(patchedAward["award"]!["project"]);
        Assert.Equal("一等奖", patchedAward["award"]!["grade"]!.GetValue<string>());
        Assert.Equal("2024-12-01", patchedAward["award"]!["awardedOn"]!.GetValue<string>());
        Assert.Equal("济南市民政局", patchedAward["award"]!["grantor"]!.GetValue<string>());
        Assert.Equal("优秀项目" + mark, patchedAward["award"]!["title"]!.GetValue<string>());

        var patchedReport = (await staff.QueryAsync(UpdateReport, new { input = new { id = report, kind = "VIDEO", title = (string?)null, year = 2024, count = 3, url = "https://www.qlwb.com.cn/shegong.html" } }))["updateMediaReport"]!;
        Assert.Empty((JsonArray)patchedReport["errors"]!);
        var changed = patchedReport["mediaReport"]!;
        Assert.Equal("VIDEO", changed["kind"]!.GetValue<string>());
        Assert.Null(changed["title"]);
        Assert.Equal("齐鲁晚报", changed["outlet"]!.GetValue<string>());
        Assert.Equal(2024, changed["year"]!.GetValue<int>());
        Assert.Equal(3, changed["count"]!.GetValue<int>());
        Assert.Equal("2024-03-08", changed["publishedOn"]!.GetValue<string>());
        Assert.Equal("https://www.qlwb.com.cn/shegong.html", changed["url"]!.GetValue<string>());

        var read = (await hub.Admin.QueryAsync(RecordsOf, new { id = station }))["station"]!;
        Assert.Contains((JsonArray)read["communityFunds"]!, f => f!["id"]!.GetValue<string>() == fund && f["name"]!.GetValue<string>() == "睦邻互助基金" + mark);
        Assert.Contains((JsonArray)read["awards"]!, a => a!["id"]!.GetValue<string>() == award && a["project"] is null);
        Assert.Contains((JsonArray)read["mediaReports"]!, r => r!["id"]!.GetValue<string>() == report && r["count"]!.GetValue<int>() == 3);

        // A delete answers the row as it was; afterwards the id names nothing, not even to a second delete.
        var deletedFund = (await staff.QueryAsync(DeleteFund, new { id = fund }))["deleteCommunityFund"]!;
        Assert.Empty((JsonArray)deletedFund["errors"]!);
        Assert.Equal("睦邻互助基金" + mark, deletedFund["communityFund"]!["name"]!.GetValue<string>());
        var deletedAward = (await staff.QueryAsync(DeleteAward, new { id = award }))["deleteAward"]!;
        Assert.Empty((JsonArray)deletedAward["errors"]!);
        Assert.Equal("优秀项目" + mark, deletedAward["award"]!["title"]!.GetValue<string>());
        var deletedReport = (await staff.QueryAsync(DeleteReport, new { id = report }))["deleteMediaReport"]!;
        Assert.Empty((JsonArray)deletedReport["errors"]!);
        Assert.Equal("齐鲁晚报", deletedReport["mediaReport"]!["outlet"]!.GetValue<string>());

        foreach (var id in new[] { fund, award, report })
        {
            Assert.Equal("NOT_FOUND", (await hub.Admin.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id })).FirstErrorCode);
        }

        Assert.Equal("NOT_FOUND", (await staff.QueryAsync(DeleteFund, new { id = fund }))["deleteCommunityFund"]!["errors"]![0]!["code"]!.GetValue<string>());
        var after = (await hub.Admin.QueryAsync(RecordsOf, new { id = station }))["station"]!;
        Assert.DoesNotContain((JsonArray)after["communityFunds"]!, f => f!["id"]!.GetValue<string>() == fund);
        Assert.DoesNotContain((JsonArray)after["awards"]!, a => a!["id"]!.GetValue<string>() == award);
        Assert.DoesNotContain((JsonArray)after["mediaReports"]!, r => r!["id"]!.GetValue<string>() == report);

        // The foundation the fund named is free again: nothing else holds it.
        var partnerGone = (await staff.QueryAsync("mutation($id: ID!) { deletePartner(id: $id) { errors { code } } }", new { id = foundation }))["deletePartner"]!;
        Assert.Empty((JsonArray)partnerGone["errors"]!);
    }

    [Fact]
    public async Task Another_stations_records_are_refused_to_patch_and_delete_and_stay_as_they_were()
    {
        var (own, _) = await hub.Client.StationAsync(0);
        var (other, _) = await hub.Client.StationAsync(1);
        var mark = Guid.NewGuid().ToString("N")[..8];
        var fund = (await hub.Admin.QueryAsync(CreateFund, new { input = new { name = "别站基金" + mark, stationId = other, founded = "2022" } }))["createCommunityFund"]!["communityFund"]!["id"]!.GetValue<string>();
        var award = (await hub.Admin.QueryAsync(CreateAward, new { input = new { title = "别站奖" + mark, stationId = other, grade = "铜奖" } }))["createAward"]!["award"]!["id"]!.GetValue<string>();
        var report = (await hub.Admin.QueryAsync(CreateReport, new { input = new { stationId = other, kind = "ARTICLE", title = "别站报道" + mark } }))["createMediaReport"]!["mediaReport"]!["id"]!.GetValue<string>();
        const string Read = "query($fund: ID!, $award: ID!, $report: ID!) { fund: node(id: $fund) { ... on CommunityFund { name founded } } award: node(id: $award) { ... on Award { title grade } } report: node(id: $report) { ... on MediaReport { title count } } }";
        var before = (await hub.Admin.QueryAsync(Read, new { fund, award, report })).ToJsonString();

        var staff = hub.ClientAs(HubRole.StationStaff, stationId: GlobalId.IdOf(own, "Station"));
        (GraphQLClient Caller, string Code)[] cases =
        [
            (staff, "FORBIDDEN"),
            (hub.ClientAs(HubRole.Analyst, regionCode: "370102000000"), "FORBIDDEN"),
            (hub.ClientAs(HubRole.Partner), "FORBIDDEN"),
            (hub.Client, "UNAUTHENTICATED"),
        ];
        foreach (var (caller, code) in cases)
        {
            Assert.Equal(code, (await caller.PostAsync(UpdateFund, new { input = new { id = fund, name = "改名基金" } })).FirstErrorCode);
            Assert.Equal(code, (await caller.PostAsync(UpdateAward, new { input = new { id = award, grade = (string?)null } })).FirstErrorCode);
            Assert.Equal(code, (await caller.PostAsync(UpdateReport, new { input = new { id = report, count = 9 } })).FirstErrorCode);
            Assert.Equal(code, (await caller.PostAsync(DeleteFund, new { id = fund })).FirstErrorCode);
            Assert.Equal(code, (await caller.PostAsync(DeleteAward, new { id = award })).FirstErrorCode);
            Assert.Equal(code, (await caller.PostAsync(DeleteReport, new { id = report })).FirstErrorCode);
        }

        Assert.Equal(before, (await hub.Admin.QueryAsync(Read, new { fund, award, report })).ToJsonString());
    }

    [Fact]
    public async Task Bad_patches_are_field_errors_and_change_nothing()
    {
        var (station, region, _) = await StationWithProjectAsync();
        var farAway = (await hub.Client.QueryAsync("{ region(code: \"370000000000\") { id } }"))["region"]!["id"]!.GetValue<string>();
        var other = (await hub.Client.StationAsync(0)).Id is var first && first != station ? first : (await hub.Client.StationAsync(1)).Id;
        var mark = Guid.NewGuid().ToString("N")[..8];
        var foreignPartner = (await hub.Admin.QueryAsync("mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } } }", new { input = new { name = "外站基金会" + mark, stationId = other, kind = "FOUNDATION" } }))["createPartner"]!["partner"]!["id"]!.GetValue<string>();
        var foreignProject = (await hub.Admin.QueryAsync("query($id: ID!) { projects(where: { station: { id: { neq: $id } } }, first: 1) { nodes { id } } }", new { id = station }))["projects"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var future = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd");
        Assert.Empty((JsonArray)(await hub.Admin.QueryAsync(CreateFund, new { input = new { name = "占名基金" + mark, stationId = station } }))["createCommunityFund"]!["errors"]!);
        var fund = (await hub.Admin.QueryAsync(CreateFund, new { input = new { name = "改错基金" + mark, stationId = station, communityId = region.Id, founded = "2024" } }))["createCommunityFund"]!["communityFund"]!["id"]!.GetValue<string>();
        var award = (await hub.Admin.QueryAsync(CreateAward, new { input = new { title = "改错奖" + mark, stationId = station, grade = "银奖" } }))["createAward"]!["award"]!["id"]!.GetValue<string>();
        var report = (await hub.Admin.QueryAsync(CreateReport, new { input = new { stationId = station, kind = "ARTICLE", outlet = "大众日报", title = "改错报道" + mark, publishedOn = "2024-04-01" } }))["createMediaReport"]!["mediaReport"]!["id"]!.GetValue<string>();
        var before = (await hub.Admin.QueryAsync(RecordsOf, new { id = station }))["station"]!.ToJsonString();

        var fundErrors = (await hub.Admin.QueryAsync(UpdateFund, new { input = new { id = fund, name = (string?)null, communityId = farAway, foundationId = foreignPartner, founded = "2024-13" } }))["updateCommunityFund"]!;
        Assert.Null(fundErrors["communityFund"]);
        Assert.Equal(["communityId", "foundationId", "founded", "name"], Fields(fundErrors));
        var taken = (await hub.Admin.QueryAsync(UpdateFund, new { input = new { id = fund, name = "占名基金" + mark } }))["updateCommunityFund"]!;
        Assert.Equal(["name"], Fields(taken));
        Assert.Equal("DUPLICATE", taken["errors"]![0]!["code"]!.GetValue<string>());

        // The project of another station is refused whatever else the patch gets right.
        var awardErrors = (await hub.Admin.QueryAsync(UpdateAward, new { input = new { id = award, title = " ", projectId = foreignProject, grantor = new string('机', 201), awardedOn = future, grade = "金奖" } }))["updateAward"]!;
        Assert.Null(awardErrors["award"]);
        Assert.Equal(["awardedOn", "grantor", "projectId", "title"], Fields(awardErrors));
        Assert.Equal("BAD_USER_INPUT", ((JsonArray)awardErrors["errors"]!).Single(e => e!["field"]!.GetValue<string>() == "projectId")!["code"]!.GetValue<string>());
        var noProject = (await hub.Admin.QueryAsync(UpdateAward, new { input = new { id = award, projectId = GlobalId.Of("Project", 987_654) } }))["updateAward"]!;
        Assert.Equal("NOT_FOUND", noProject["errors"]![0]!["code"]!.GetValue<string>());

        // Clearing both title and outlet leaves a row that names nothing a reader could find again.
        var nameless = (await hub.Admin.QueryAsync(UpdateReport, new { input = new { id = report, title = (string?)null, outlet = (string?)null } }))["updateMediaReport"]!;
        Assert.Null(nameless["mediaReport"]);
        Assert.Equal(["title"], Fields(nameless));
        Assert.Equal("BAD_USER_INPUT", nameless["errors"]![0]!["code"]!.GetValue<string>());
        var reportErrors = (await hub.Admin.QueryAsync(UpdateReport, new { input = new { id = report, kind = (string?)null, count = (int?)null, year = 2023, url = "javascript:alert(1)" } }))["updateMediaReport"]!;
        Assert.Equal(["count", "kind", "url", "year"], Fields(reportErrors));
        Assert.All((JsonArray)reportErrors["errors"]!, e => Assert.Equal("BAD_USER_INPUT", e!["code"]!.GetValue<string>()));

        (string Query, string Field, object Variables)[] missing =
        [
            (UpdateFund, "updateCommunityFund", new { input = new { id = GlobalId.Of("CommunityFund", 987_654), name = "无此基金" } }),
            (UpdateAward, "updateAward", new { input = new { id = GlobalId.Of("Award", 987_654), grade = "无" } }),
            (UpdateReport, "updateMediaReport", new { input = new { id = GlobalId.Of("MediaReport", 987_654), count = 2 } }),
            (DeleteFund, "deleteCommunityFund", new { id = GlobalId.Of("CommunityFund", 987_654) }),
            (DeleteAward, "deleteAward", new { id = GlobalId.Of("Award", 987_654) }),
            (DeleteReport, "deleteMediaReport", new { id = GlobalId.Of("MediaReport", 987_654) }),
        ];
        foreach (var (query, field, variables) in missing)
        {
            var payload = (await hub.Admin.QueryAsync(query, variables))[field]!;
            var error = Assert.Single((JsonArray)payload["errors"]!)!;
            Assert.Equal(("id", "NOT_FOUND"), (error["field"]!.GetValue<string>(), error["code"]!.GetValue<string>()));
        }

        // An id of another type is refused at the argument, before anything runs.
        Assert.NotNull((await hub.Admin.PostAsync(DeleteAward, new { id = report })).Errors);

        Assert.Equal(before, (await hub.Admin.QueryAsync(RecordsOf, new { id = station }))["station"]!.ToJsonString());
    }

    private static string[] Fields(JsonNode payload) =>
        [.. ((JsonArray)payload["errors"]!).Select(e => e!["field"]!.GetValue<string>()).Order(StringComparer.Ordinal)];

    /// <summary>A station that has a project, with its region.</summary>
    private async Task<(string Station, (string Id, string Code) Region, string Project)> StationWithProjectAsync()
    {
        var project = (await hub.Admin.QueryAsync("{ projects(first: 1) { nodes { id station { id region { id code } } } } }"))["projects"]!["nodes"]![0]!;
        var station = project["station"]!;
        return (station["id"]!.GetValue<string>(), (station["region"]!["id"]!.GetValue<string>(), station["region"]!["code"]!.GetValue<string>()), project["id"]!.GetValue<string>());
    }
}

public sealed class StationRecordRegistryOnSqlite(SqliteDemoHub hub) : StationRecordRegistryTests<SqliteDemoHub>(hub), IClassFixture<SqliteDemoHub>;

public sealed class StationRecordRegistryOnMariaDb(MariaDbDemoHub hub) : StationRecordRegistryTests<MariaDbDemoHub>(hub), IClassFixture<MariaDbDemoHub>;
