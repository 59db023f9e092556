namespace Hub.Data.RegistryWorkbook;

/// <summary>
/// The sheets of the registry workbook, in the order an import reads them: a sheet refers only to rows of sheets
/// before it (a project to its station and brand), so every reference resolves by the time its row is read.
/// Rows are found by business keys people type, never by database ids: a station by its code, an organisation
/// by its credit code (or its name), everything a station owns by the station's code and the row's name.
/// </summary>
public static class RegistrySheets
{
    public static readonly RegistrySheet Regions = new("区划", "regions",
    [
        new("区划代码", "code", "code", IsKey: true),
        new("名称", "name", "name"),
        new("常住人口", "population", "population"),
        new("户数", "households", "households"),
        new("面积(平方公里)", "areaKm2", "areaKm2"),
    ]);

    public static readonly RegistrySheet Organizations = new("机构", "organizations",
    [
        new("名称", "name", "name", IsKey: true),
        new("统一社会信用代码", "creditCode", "creditCode", IsKey: true),
        new("类型", "kind", "kind"),
        new("成立", "founded", "founded"),
        new("法人形式", "legalForm", "legalForm"),
        new("所在区划", "region", "regionId"),
        new("简介", "description", "description"),
    ]);

    public static readonly RegistrySheet Stations = new("站点", "stations",
    [
        new("站点编码", "code", "code", IsKey: true),
        new("名称", "name", "name"),
        new("类型", "kind", "kind"),
        new("状态", "status", "status"),
        new("关闭日期", "closedOn", "closedOn"),
        new("所在区划", "region", "regionId"),
        new("运营机构", "operator", "operatorId"),
        new("出资方", "funder", "funderId"),
        new("建站时间", "opened", "opened"),
        new("面积(平方米)", "floorAreaM2", "floorAreaM2"),
        new("工作人员", "staffCount", "staffCount"),
        new("持证社工", "certifiedStaffCount", "certifiedStaffCount"),
        new("功能室", "rooms", "rooms"),
        new("地址", "address", "address"),
        new("简介", "description", "description"),
        new("联系人", "contactPerson", "contactPerson"),
        new("联系电话", "contactPhone", "contactPhone"),
        new("电子邮箱", "contactEmail", "contactEmail"),
        new("联系地址", "contactAddress", "contactAddress"),
        new("联系方式可见性", "contactVisibility", "contactVisibility"),
    ]);

    public static readonly RegistrySheet Brands = new("品牌", "brands",
    [
        new("站点编码", "station", "stationId", IsKey: true),
        new("名称", "name", "name", IsKey: true),
        new("启用日期", "launchedOn", "launchedOn"),
        new("简介", "description", "description"),
        new("可见性", "visibility", "visibility"),
    ]);

    public static readonly RegistrySheet Projects = new("项目", "projects",
    [
        new("站点编码", "station", "stationId", IsKey: true),
        new("名称", "name", "name", IsKey: true),
        new("类型", "kind", "kind"),
        new("品牌", "brand", "brandId"),
        new("简介", "summary", "summary"),
        new("服务对象", "targetGroups", "targetGroups"),
        new("服务领域", "serviceAreas", "serviceAreas"),
        new("所需支持", "supportSought", "supportSought"),
        new("服务社区", "communities", "communityIds"),
        new("开始日期", "startsOn", "startsOn"),
        new("结束日期", "endsOn", "endsOn"),
        new("资金(元)", "funding", "funding"),
        new("状态", "status", "status"),
        new("可见性", "visibility", "visibility"),
    ]);

    public static readonly RegistrySheet Partners = new("合作伙伴", "partners",
    [
        new("站点编码", "station", "stationId", IsKey: true),
        new("名称", "name", "name", IsKey: true),
        new("类型", "kind", "kind"),
        new("统一社会信用代码", "creditCode", "creditCode"),
        new("所在区划", "region", "regionId"),
        new("简介", "description", "description"),
    ]);

    public static readonly RegistrySheet Contributions = new("资源贡献", "contributions",
    [
        new("站点编码", "station", "stationId", IsKey: true),
        new("合作伙伴", "partner", "partnerId", IsKey: true),
        new("项目", "project", "projectId", IsKey: true),
        new("类型", "kind", "kind", IsKey: true),
        new("日期", "contributedOn", "contributedOn", IsKey: true),
        new("价值(元)", "value", "value"),
        new("说明", "description", "description"),
    ]);

    public static readonly RegistrySheet VolunteerTeams = new("志愿服务队", "volunteerTeams",
    [
        new("站点编码", "station", "stationId", IsKey: true),
        new("名称", "name", "name", IsKey: true),
        new("所在社区", "community", "communityId"),
        new("服务方向", "focus", "focus"),
        new("队员人数", "members", "members"),
        new("成立", "founded", "founded"),
    ]);

    public static readonly RegistrySheet CommunityFunds = new("社区基金", "communityFunds",
    [
        new("站点编码", "station", "stationId", IsKey: true),
        new("名称", "name", "name", IsKey: true),
        new("所在社区", "community", "communityId"),
        new("合作基金会", "foundation", "foundationId"),
        new("成立", "founded", "founded"),
    ]);

    public static readonly RegistrySheet Awards = new("荣誉", "awards",
    [
        new("站点编码", "station", "stationId", IsKey: true),
        new("名称", "title", "title", IsKey: true),
        new("获得日期", "awardedOn", "awardedOn", IsKey: true),
        new("项目", "project", "projectId"),
        new("等级", "grade", "grade"),
        new("授予单位", "grantor", "grantor"),
    ]);

    public static readonly RegistrySheet MediaReports = new("媒体报道", "mediaReports",
    [
        new("站点编码", "station", "stationId", IsKey: true),
        new("类型", "kind", "kind", IsKey: true),
        new("媒体", "outlet", "outlet", IsKey: true),
        new("标题", "title", "title", IsKey: true),
        new("发布日期", "publishedOn", "publishedOn", IsKey: true),
        new("年份", "year", "year", IsKey: true),
        new("作者", "author", "author"),
        new("篇数", "count", "count"),
        new("链接", "url", "url"),
    ]);

    /// <summary>Every sheet, in the order an import reads them and an export writes them.</summary>
    public static readonly IReadOnlyList<RegistrySheet> All =
        [Regions, Organizations, Stations, Brands, Projects, Partners, Contributions, VolunteerTeams, CommunityFunds, Awards, MediaReports];

    public static RegistrySheet? Named(string name)
    {
        var text = name.Trim();
        return All.FirstOrDefault(s => s.Name == text || string.Equals(s.EnglishName, text, StringComparison.OrdinalIgnoreCase));
    }
}
