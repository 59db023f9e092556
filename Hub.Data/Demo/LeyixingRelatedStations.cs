using Hub.Data.Model;
using Hub.Data.Stations;

namespace Hub.Data.Demo;

/// <summary>
/// Seed 001, "相关推荐" list: posts of 南宁市乐益行社会工作服务中心 and 钦州市乐益行社会工作服务中心 about the
/// community stations they run. The posts name them four ways ("乐益行·吉秀", "乐益行驻高峰社区社工站",
/// "南宁市乐益行社工中心驻月湾社工站", "乐益行社会工作服务中心驻恒安社工站"); every station follows the one rule
/// "乐益行驻<community>社工站" with the NBS community name, and the operator tells 南宁 from 钦州. Posts that give day and
/// month without a year ("10月30日") get no date; an activity held at a named venue outside the
/// station's community ("在水一方社区", "广投党群服务中心") keeps the venue as its place and no region.
/// </summary>
internal static class LeyixingRelatedStations
{
    public static void Load(SeedWriter w)
    {
        var nanning = w.Add(new Organization
        {
            Name = "南宁市乐益行社会工作服务中心",
            Kind = OrganizationKind.SocialWorkServiceCentre,
            Region = w.Region("450100000000"),
        });
        var qinzhou = w.Add(new Organization
        {
            Name = "钦州市乐益行社会工作服务中心",
            Kind = OrganizationKind.SocialWorkServiceCentre,
            Region = w.Region("450700000000"),
        });

        Station Site(Organization operatorOrg, string communityCode, string districtCode) =>
            w.Add(new Station
            {
                Name = $"乐益行驻{w.Region(communityCode).Name}社工站",
                Code = StationCode.For(communityCode, 1),
                Kind = StationKind.Community,
                Region = w.Region(communityCode),
                District = w.Region(districtCode),
                Operator = operatorOrg,
            });

        var jixiu = Site(nanning, "450107004006", "450107000000");
        var gaofeng = Site(nanning, "450102001006", "450102000000");
        var yuewan = Site(nanning, "450103004013", "450103000000");
        var renmindong = Site(nanning, "450102001010", "450102000000");
        var longsheng = Site(nanning, "450107005005", "450107000000");
        var yongning = Site(nanning, "450107005003", "450107000000");
        var hengan = Site(nanning, "450107008002", "450107000000");
        var yongfu = Site(qinzhou, "450703003001", "450703000000");
        var yinshan = Site(nanning, "450103004016", "450103000000");
        var beiji = Site(nanning, "450107006001", "450107000000");

        w.Activity(jixiu, ActivityKind.VolunteerService, "党员志愿者，祝您生日快乐！", region: jixiu.Region);
        w.Activity(gaofeng, ActivityKind.Training, "益路相随，志愿者充电啦！——第一期志愿者培训活动",
            new DateOnly(2020, 12, 25), region: gaofeng.Region);
        w.Activity(yuewan, ActivityKind.ThemedActivity, "2021上半年度月湾社区优秀志愿者表彰", region: yuewan.Region);
        w.Activity(renmindong, ActivityKind.VolunteerService, "“志愿服务，快乐‘益’起来”人民东社区志愿者团建表彰活动",
            new DateOnly(2020, 12, 22), region: renmindong.Region);

        var school = w.Partner(longsheng, "丽竹职业培训学校", PartnerKind.School, "与龙胜社区居委会联合开展志愿服务日义剪活动");
        var haircuts = w.Activity(longsheng, ActivityKind.VolunteerService, "“益”起行动，剪出精彩——志愿服务日义剪活动",
            place: "龙胜街街口", region: longsheng.Region);
        haircuts.Partners.Add(school);

        w.Activity(yongning, ActivityKind.ThemedActivity, "学雷锋日特辑：雷锋月，正青春", region: yongning.Region);
        w.Activity(hengan, ActivityKind.VolunteerService, "齐参与，共欢乐，凝心聚力“益”同行——志愿者活动",
            new DateOnly(2021, 8, 19), region: hengan.Region);
        w.Activity(yongfu, ActivityKind.VolunteerService, "志愿“益”起来，服务你我他——志愿者队表彰活动",
            new DateOnly(2020, 11, 26), "永福社区居委会二楼活动室", yongfu.Region);
        w.Activity(yinshan, ActivityKind.VolunteerService, "学雷锋日特辑：志愿小号召，社区实服务",
            place: "在水一方社区");
        w.Activity(yuewan, ActivityKind.Training, "弘扬志愿服务精神，助力和谐社区建设", place: "广投党群服务中心");
        w.Activity(jixiu, ActivityKind.VolunteerService, "志愿心，在‘益’起——志愿者交流活动",
            new DateOnly(2021, 9, 2), region: jixiu.Region);
        w.Activity(beiji, ActivityKind.VolunteerService, "相约团建日，共庆端午节——第三期志愿者团建活动",
            region: beiji.Region, participants: 10);
    }
}
