using Hub.Data.Model;
using Hub.Data.Stations;

namespace Hub.Data.Demo;

/// <summary>
/// Seed 003: the 2024 annual report of 崔寨街道社工站 (济南新旧动能转换起步区). Its service statistics are
/// yearly observations (period 202400). The report names 起步区, which is not an NBS division: the station
/// sits under 济阳区 as the NBS tree places 崔寨街道, and the 起步区社工总站 at the city.
/// </summary>
internal static class CuizhaiAnnualReport2024
{
    private const int Year2024 = 202400;

    public static void Load(SeedWriter w)
    {
        var street = w.Region("370115003000");
        var operatorOrg = w.Add(new Organization
        {
            Name = "济南市建达社会工作服务中心",
            Kind = OrganizationKind.SocialWorkServiceCentre,
            Region = w.Region("370100000000"),
        });

        // "在起步区社会事业部的大力支持下，通过政府购买服务的方式": the department is the purchaser, so the funder.
        // 起步区 is no NBS division; the department is placed at the city that holds it, as the 总站 below is.
        var funder = w.Add(new Organization
        {
            Name = "起步区社会事业部",
            Kind = OrganizationKind.GovernmentDepartment,
            Region = w.Region("370100000000"),
        });

        var station = w.Add(new Station
        {
            Name = "崔寨街道社工站",
            Code = StationCode.For(street.Code, 1),
            Kind = StationKind.Street,
            Region = street,
            District = w.Region("370115000000"),
            Operator = operatorOrg,
            Funder = funder,
            Opened = "2021-11",
            FloorAreaM2 = 300m,
            StaffCount = 3,
            CertifiedStaffCount = 3,
            Rooms = "社工办公室、个案工作室、小组工作室、多功能活动室、档案室、作品展示区",
            Description = "济南新旧动能转换起步区崔寨街道社会工作服务站，在起步区社会事业部的支持下通过政府购买服务的方式由济南市建达社会工作服务中心承接，聚焦社会救助和社区治理两大服务领域，以辖区困境人群和社区居民为主要服务群体。",
        });

        // The report credits "起步区社工总站的有力引领": a district hub the NBS tree has no district for.
        w.Add(new Station
        {
            Name = "起步区社工总站",
            Code = StationCode.For("370100000000", 1),
            Kind = StationKind.DistrictHub,
            Region = w.Region("370100000000"),
        });

        AddFigures(w, station);
        AddPartnerAndFunds(w, station);
        AddBrand(w, station);
        AddTeams(w, station);
        AddMedia(w, station);
    }

    private static void AddFigures(SeedWriter w, Station station)
    {
        void Year(string code, decimal value, string? note = null) =>
            w.Observe(station, Year2024, ObservationSource.AnnualSummary, code, value, note);

        Year("files_hardship", 80, "“一米爱心”精准摸排困境人群建档80份");
        Year("files_intellectual_disability", 14);
        Year("files_mental_health_rehab", 160);
        Year("files_extreme_poverty_support", 50);
        Year("volunteer_services", 60);
        Year("volunteer_person_times", 835);
        Year("volunteer_teams_incubated", 3);
        Year("volunteers_registered", 286);
        Year("volunteer_hours", 1495.71m);
        Year("cases_opened", 4);
        Year("case_followups", 24);
        Year("groups", 5);
        Year("group_sessions", 21);
        Year("group_person_times", 199);
        Year("community_programs", 10);
        Year("community_sessions", 77);
        Year("community_person_times", 979);
        Year("themed_activities", 42);
        Year("themed_person_times", 477);
        Year("supervision_sessions", 23);
        Year("supervision_hours", 72);
        Year("training_sessions", 15);
        Year("training_hours", 56);
        Year("community_funds", 4);
        Year("partners_linked", 12, "积极链接12个社会组织和慈善资源");
        Year("projects_landed", 9);
        Year("service_bases", 7);
        Year("news_articles", 170);
        Year("videos_published", 5);
    }

    private static void AddPartnerAndFunds(SeedWriter w, Station station)
    {
        // Of the 12 partners the report counts, only the foundation behind the community funds is named.
        var foundation = w.Partner(station, "山东省乡村振兴基金会", PartnerKind.Foundation, "与社工站成立4个社区基金");

        // 清宁村 is not in the NBS list for 崔寨街道 (it has 青宁村): that fund gets no region rather than a guessed one.
        (string Name, string? VillageCode)[] funds =
        [
            ("崔寨村社区基金", "370115003201"),
            ("李善仁村社区基金", "370115003245"),
            ("王河村社区基金", "370115003239"),
            ("清宁村社区基金", null),
        ];
        foreach (var (name, villageCode) in funds)
        {
            w.Add(new CommunityFund
            {
                Name = name,
                Station = station,
                Region = villageCode is null ? null : w.Region(villageCode),
                Foundation = foundation,
                Founded = "2024",
            });
        }
    }

    private static void AddBrand(SeedWriter w, Station station)
    {
        var brand = w.Add(new Brand
        {
            Name = "崔寨·青翠拾光",
            Station = station,
            Description = "以多维体系的资产建设理论为本的品牌计划：以四个项目为依托，搭建两个微平台，探索本土化社会工作服务模式，充分发挥五社联动的力量。",
        });

        // The report's children's services (section 三.二) are the children's project's; it names no other one.
        var children = w.Add(new Project
        {
            Name = "“少儿相伴”童意坊儿童专项服务项目",
            Station = station,
            Brand = brand,
            Summary = "依据儿童兴趣爱好和学业状况分类开展兴趣社团、学业辅导、传统文化与亲子小组、社区工作和主题活动，对流动儿童和低保儿童开展深度个案服务。",
            TargetGroups = TargetGroups.Children | TargetGroups.MigrantChildren | TargetGroups.SubsistenceAllowance | TargetGroups.Families,
        });
        w.Component(children, "“花花班”儿童兴趣社团", ProjectComponentKind.Group);
        w.Component(children, "童梦实验坊", ProjectComponentKind.Group);
        w.Component(children, "四点半课堂", ProjectComponentKind.Programme, "针对学习进度有差异的儿童");
        w.Component(children, "儿童传统文化体验小组", ProjectComponentKind.Group);
        w.Component(children, "亲子互动小组", ProjectComponentKind.Group);
        w.Component(children, "“我和我的家乡之云游山东”", ProjectComponentKind.Programme, "社区工作：使儿童在虚拟旅程中深化对家乡的热爱");
        w.Component(children, "“不止这壹天蓝”蓝色行动", ProjectComponentKind.Programme, "主题活动");
        w.Component(children, "世界微笑日主题活动", ProjectComponentKind.Programme, "主题活动");

        var minds = w.Add(new Project
        {
            Name = "“心心相印”心智障碍青年工作坊",
            Station = station,
            Brand = brand,
            Summary = "按心智障碍者的残疾类型和能力水平分级开展技能培养与社交拓展，结合家庭支持与社会参与促进社区融合，缓解家属照护压力。",
            TargetGroups = TargetGroups.IntellectualDisability | TargetGroups.Youth | TargetGroups.Caregivers,
            ServiceAreas = ServiceAreas.CommunityIntegration,
        });
        w.Component(minds, "手工小组", ProjectComponentKind.Group, "提升手部精细动作和协调能力");
        w.Component(minds, "家务技能提升小组", ProjectComponentKind.Group, "助其逐步掌握实用生活技能");
        w.Component(minds, "“我想和你做朋友”", ProjectComponentKind.Programme, "社区工作");
        w.Component(minds, "“绘梦未来，艺起同行”", ProjectComponentKind.Programme, "社区工作");
        w.Component(minds, "喘息驿站", ProjectComponentKind.Programme, "为残疾人及其家属提供情感支持和休闲空间");
        w.Component(minds, "“淘乐乐”驿站", ProjectComponentKind.Programme, "依托心智障碍青年就业孵化基地，为心智障碍青年提供就业实训场所，收益反哺“暖乐乐部落”项目");
        w.Component(minds, "“暖乐乐部落”", ProjectComponentKind.Programme, "家长自助互助空间，为心智障碍青年的家属提供喘息服务、团体辅导、技能工作坊");

        var lifeStories = w.Add(new Project
        {
            Name = "“生命奇旅”记事录",
            Station = station,
            Brand = brand,
            Summary = "以《故乡痕》为纽带挖掘村史文化与生命故事，唤醒居民社区记忆，传承乡土文化，促进社区融合发展。",
            TargetGroups = TargetGroups.Residents,
            ServiceAreas = ServiceAreas.CommunityIntegration,
        });
        w.Component(lifeStories, "《故乡痕》", ProjectComponentKind.Programme, "通过口述历史收集、老照片整理等方式编纂；2024年收集3篇村史故事与6篇生命故事");

        w.Add(new Project
        {
            Name = "资源咖联盟",
            Station = station,
            Brand = brand,
            Summary = "链接社会组织和慈善资源，打造铜牌展示墙与资源展示区，以“需求导向+资源整合”模式精准匹配社区需求与资源，促进社区融合发展。",
            ServiceAreas = ServiceAreas.CommunityIntegration,
        });

        w.Add(new Project
        {
            Name = "“崔寨·青苗成长”困境人群精准服务微平台",
            Kind = ProjectKind.Platform,
            Station = station,
            Brand = brand,
            TargetGroups = TargetGroups.SubsistenceAllowance | TargetGroups.ExtremePoverty | TargetGroups.IntellectualDisability,
        });
        w.Add(new Project
        {
            Name = "“崔寨有‘声’”社区融合参与微平台",
            Kind = ProjectKind.Platform,
            Station = station,
            Brand = brand,
            ServiceAreas = ServiceAreas.CommunityIntegration | ServiceAreas.CommunityParticipation,
        });
    }

    private static void AddTeams(SeedWriter w, Station station)
    {
        // Incubated in 2024, as the report's "孵化培育志愿服务队3支" says.
        w.Add(new VolunteerTeam { Name = "“壹基金”儿童志愿服务队", Station = station, Founded = "2024" });
        w.Add(new VolunteerTeam { Name = "“坚强后盾”家长志愿服务队", Station = station, Founded = "2024" });
        w.Add(new VolunteerTeam { Name = "“爱在崔寨”村居志愿服务队", Station = station, Founded = "2024" });
    }

    private static void AddMedia(SeedWriter w, Station station)
    {
        // Accepted articles per outlet; they are part of, not added to, the 170 news articles observed above.
        (string Outlet, int Count)[] tallies =
        [
            ("山东省社会工作协会", 24),
            ("济南社工", 13),
            ("社工客", 12),
            ("社工观察", 4),
            ("爱济南", 1),
            ("济南日报", 1),
            ("闪电新闻", 3),
        ];
        foreach (var (outlet, count) in tallies)
        {
            w.Add(new MediaReport { Station = station, Kind = MediaKind.Article, Outlet = outlet, Year = 2024, Count = count });
        }
    }
}
