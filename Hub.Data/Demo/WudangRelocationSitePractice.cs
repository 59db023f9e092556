using Hub.Data.Model;
using Hub.Data.Stations;

namespace Hub.Data.Demo;

/// <summary>
/// Seed 001, main article: the station at a relocation resettlement site (易地扶贫安置区) in 贵阳市乌当区,
/// run by 贵阳市乌当区创新蔚蓝社会工作服务社 since 2020-06. The site's community and street are not named,
/// and 望城社区 is not in the NBS list for 乌当区, so the station sits at district level.
/// </summary>
internal static class WudangRelocationSitePractice
{
    public static void Load(SeedWriter w)
    {
        var district = w.Region("520112000000");
        var operatorOrg = w.Add(new Organization
        {
            Name = "贵阳市乌当区创新蔚蓝社会工作服务社",
            Kind = OrganizationKind.SocialWorkServiceCentre,
            Region = district,
        });

        var station = w.Add(new Station
        {
            Name = "乌当区易地扶贫安置区社工站",
            Code = StationCode.For(district.Code, 1),
            Kind = StationKind.Street,
            Region = district,
            District = district,
            Operator = operatorOrg,
            Opened = "2020-06",
            StaffCount = 3,
            Description = "社工站入驻易地扶贫安置社区，联合地方民政局、街道办事处、社区居委会以及社区志愿者，以易地搬迁居民为主要服务对象，针对安置区2000余名老人开展社会工作服务；经历开拓期、探索期、成熟期三个时期。",
        });

        var plan = w.Add(new Project
        {
            Name = "锦瑟年华",
            Kind = ProjectKind.Plan,
            Station = station,
            Summary = "“锦瑟年华”困境老人服务计划：社工站入驻后第一年度重点服务安置区内的困境老人。",
            TargetGroups = TargetGroups.Elderly | TargetGroups.EmptyNestElderly | TargetGroups.Caregivers | TargetGroups.RelocatedResidents,

            // The article speaks of 社区参与类活动 and of helping elders 融入社区: two of the guide's task areas.
            ServiceAreas = ServiceAreas.CommunityParticipation | ServiceAreas.CommunityIntegration,
        });
        w.Component(plan, "困境老人社区参与、健康与情感陪伴服务", ProjectComponentKind.Block,
            "针对社区内困境老人开展社区参与类活动、健康类服务、情感陪伴服务，提升困境老人的支持网络和社会参与度能力");
        var carers = w.Component(plan, "失能失智老人照料者小组", ProjectComponentKind.Block,
            "针对失能失智老人照料者开展情绪疏导、互助支持性、知识技能、兴趣类等小组，缓解照料者的心理压力");
        w.Component(plan, "“治未病，养天年”老年人健康养生小组", ProjectComponentKind.Group, parent: carers);
        w.Component(plan, "“邻里守望，夕阳绽放”老年人互助支持小组", ProjectComponentKind.Group, parent: carers);
        var emptyNest = w.Component(plan, "空巢老人家庭相互陪伴服务", ProjectComponentKind.Block,
            "组织社区空巢老人开展相互陪伴情感支持服务、群体互助的支持服务");
        w.Component(plan, "你话我知心相牵", ProjectComponentKind.Block, parent: emptyNest);
        w.Component(plan, "你扶我助手相连", ProjectComponentKind.Block, parent: emptyNest);
        w.Component(plan, "你唱我随形相伴", ProjectComponentKind.Block, parent: emptyNest);
        var direct = w.Component(plan, "三大社工直接服务", ProjectComponentKind.Programme);
        w.Component(plan, "身心陪伴服务", ProjectComponentKind.Programme, "通过志愿者结对方式进行一对一帮扶", direct);
        w.Component(plan, "居家生活服务", ProjectComponentKind.Programme, "通过“党员+社工+志愿者”服务模式提供生活帮扶服务", direct);
        w.Component(plan, "社会参与服务", ProjectComponentKind.Programme, "提供左邻右里、社区伙伴的交流和社会融入活动", direct);

        var clinic = w.Partner(station, "社区卫生中心", PartnerKind.Hospital, "当地社区卫生中心，与社工站联合开展义诊志愿服务活动");
        w.Contribution(clinic, station, ContributionKinds.ProfessionalServices, "义诊志愿服务", plan);
        var school = w.Partner(station, "当地学校", PartnerKind.School, "每周三下午放学后老师带着同学们来到社区活动中心开展敬老、爱老主题志愿服务活动");
        w.Contribution(school, station, ContributionKinds.Volunteers, "老师带领学生开展以敬老、爱老为主题的志愿服务活动");

        var freeClinic = w.Activity(station, ActivityKind.VolunteerService, "“义诊服务暖人心，科普宣讲进社区”义诊志愿服务活动", project: plan);
        freeClinic.Partners.Add(clinic);
        var freeClinic2 = w.Activity(station, ActivityKind.VolunteerService, "“义诊送健康，志愿暖人心”服务活动", project: plan);
        freeClinic2.Partners.Add(clinic);

        // The article says three new teams, then lists four names twice, once with 文化 and once with 敬老: all five names are kept.
        foreach (var team in new[] { "环保志愿服务队", "文化志愿服务队", "治安志愿服务队", "医疗卫生保健志愿服务队", "敬老志愿服务队" })
        {
            w.Add(new VolunteerTeam { Name = team, Station = station });
        }

        w.Add(new MediaReport
        {
            Station = station,
            Kind = MediaKind.Article,
            Outlet = "社工客",
            Title = "如何开展“易地扶贫安置”老年群体服务？ | 社工课",
            Author = "张玉坤",
        });
    }
}
