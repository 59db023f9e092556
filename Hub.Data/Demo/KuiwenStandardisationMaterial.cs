using Hub.Data.Model;
using Hub.Data.Stations;

namespace Hub.Data.Demo;

/// <summary>
/// Seed 002: standardisation material from 潍坊市奎文区 on two community-level centres, 民生街社区 "民生"
/// 社工服务中心 (东关街道) and 金都社区 (北苑街道). The beneficiary it tells of by name is left out: the hub
/// stores no personal data of beneficiaries.
/// The material is undated, but an observation cannot go without a period. Its headline counts (volunteers,
/// teams, activities, organisations) are yearly figures of 2015: the text strives for a staff target "在2016年",
/// so it was written before that year. Each figure's note says the year is inferred.
/// </summary>
internal static class KuiwenStandardisationMaterial
{
    private const int InferredYear2015 = 201500;
    private const string InferredYear = "材料未注明年份，按文中“力争在2016年”推定为2015年";

    private static void Figure(SeedWriter w, Station station, string code, decimal value, string said) =>
        w.Observe(station, InferredYear2015, ObservationSource.Other, code, value, $"{said}；{InferredYear}");

    public static void Load(SeedWriter w)
    {
        LoadMinsheng(w);
        LoadJindu(w);
    }

    private static void LoadMinsheng(SeedWriter w)
    {
        var community = w.Region("370705001022");
        community.Households = 4861;

        var station = w.Add(new Station
        {
            Name = "民生街社区“民生”社工服务中心",
            Code = StationCode.For(community.Code, 1),
            Kind = StationKind.Community,
            Region = community,
            District = w.Region("370705000000"),

            // "社区共有办公用房1200平方米", from which the centre offers its one-stop services.
            FloorAreaM2 = 1200m,

            // "目前共有三名社工师": 社工师 is the certified title; the total staff is not given.
            CertifiedStaffCount = 3,
            Description = "在潍坊市社工协会、奎文区社工协会、奎文区民政局、东关街办的支持下创新社区治理方式、实现社区服务专业化和社会化的工作平台，提供社会保险、计划生育、保障房、社会救助等一站式服务；辖区37个居民小区，启动四社联动项目。",
        });

        Figure(w, station, "volunteers_registered", 254, "已经注册的志愿者达254名");
        Figure(w, station, "volunteer_teams", 13, "共成立了13支志愿者服务队伍");
        Figure(w, station, "volunteer_services", 300, "开展志愿服务活动共计300余次");
        Figure(w, station, "social_organizations_registered", 3, "其中有3家社会组织已经登记注册");
        Figure(w, station, "social_organizations_filed", 7, "7家社会团体已经在街道登记备案");

        foreach (var (name, kind) in new[]
        {
            ("潍坊市社工协会", PartnerKind.SocialOrganization),
            ("奎文区社工协会", PartnerKind.SocialOrganization),
            ("奎文区民政局", PartnerKind.GovernmentUnit),
            ("东关街办", PartnerKind.GovernmentUnit),
        })
        {
            w.Partner(station, name, kind, "支持“民生”社工服务中心的建设");
        }

        foreach (var name in new[] { "潍坊众智社工服务中心", "坤宁心理援助公益服务中心" })
        {
            w.Partner(station, name, PartnerKind.SocialOrganization, "辖区内社会组织");
        }

        // "社区联合……等单位和……等多家社会组织在社区举办丰富的文化活动". Where the material does not say what
        // kind of body a unit is (干休所, 艺术馆), it is Other rather than a guess.
        foreach (var (name, kind) in new[]
        {
            ("陆疗干休所", PartnerKind.Other),
            ("艺术馆", PartnerKind.Other),
            ("园林局", PartnerKind.GovernmentUnit),
            ("中医院", PartnerKind.Hospital),
            ("眼科医院", PartnerKind.Hospital),
            ("邮政储蓄", PartnerKind.Enterprise),
            ("梦之韵艺术团", PartnerKind.CommunityGroup),
            ("旗袍秀艺术团", PartnerKind.CommunityGroup),
            ("坤宁心理健康援助队", PartnerKind.CommunityGroup),
        })
        {
            w.Partner(station, name, kind, "与社区联合在社区举办文化活动");
        }

        var lixiang = w.Partner(station, "理想教育", PartnerKind.SocialOrganization, "与社区合作创建父母大学、公益老年大学");

        w.Add(new Project
        {
            Name = "同一片蓝天",
            Station = station,
            Summary = "帮扶残疾人的项目：通过四社联动帮助残疾人走出家门，实现自主自立。",
            TargetGroups = TargetGroups.Disabled,
        });

        var family = w.Add(new Project
        {
            Name = "民生一家亲",
            Station = station,
            Summary = "为增强社区凝聚力建立的项目，分为父母大学、公益老年大学、关爱青少年健康成长、构建亲如一家的军民关系四项。",
            TargetGroups = TargetGroups.Families | TargetGroups.Elderly | TargetGroups.Children | TargetGroups.Youth,
        });
        family.Communities.Add(community);
        w.Component(family, "父母大学", ProjectComponentKind.Programme,
            "自一月份与理想教育合作创建的潍坊市第一所父母大学，由理想教育的10名教师任课，每周五晚上和周日上午授课");
        w.Component(family, "公益老年大学", ProjectComponentKind.Programme,
            "与理想教育共同创办，社区老年人免费上课，每周一、三、五授课，课程为演唱、舞蹈和书法");
        w.Component(family, "关爱青少年健康成长", ProjectComponentKind.Programme,
            "由五老志愿服务队在社区内教授青少年棋艺、书法、绘画等技艺");
        w.Component(family, "构建亲如一家的军民关系", ProjectComponentKind.Programme,
            "由双拥志愿服务队连接社区与部队");
        w.Contribution(lixiang, station, ContributionKinds.ProfessionalServices, "10名教师担任父母大学任课老师", family);
        w.Contribution(lixiang, station, ContributionKinds.ProfessionalServices, "共同创办公益老年大学，老年人免费上课", family);

        // Five of the 13 teams are named; their members and leaders are not counted or kept.
        (string Name, string? Focus)[] teams =
        [
            ("心语志愿服务队", "助残"),
            ("圆梦志愿者服务队", null),
            ("五老志愿服务队", "教授青少年棋艺、书法、绘画"),
            ("双拥志愿服务队", "连接社区与部队"),
            ("“心手相牵”志愿服务队", "青少年课后学习辅导（社区“四点半”学校）"),
        ];
        foreach (var (name, focus) in teams)
        {
            w.Add(new VolunteerTeam { Name = name, Station = station, Region = community, Focus = focus });
        }
    }

    private static void LoadJindu(SeedWriter w)
    {
        var community = w.Region("370705006012");
        community.Households = 5062;
        community.AreaKm2 = 1.1m;

        var station = w.Add(new Station
        {
            // The material names no 社工站: the centre is the community's 综合服务中心, a 山东省社区社会工作试点单位.
            Name = "金都社区综合服务中心",
            Code = StationCode.For(community.Code, 1),
            Kind = StationKind.Community,
            Region = community,
            District = w.Region("370705000000"),

            // The 1800 m² centre that the resident units provide free of charge.
            FloorAreaM2 = 1800m,
            StaffCount = 10,
            CertifiedStaffCount = 6,
            Description = "奎文区北苑街道金都社区，辖小区15个、驻区单位9家；以平台建设、制度建设、人才队伍建设、服务项目开展“四化”建设推进社区社会工作服务标准化，成为山东省社区社会工作试点单位。",
        });

        Figure(w, station, "projects_landed", 17, "运用社工理念开展助老、扶幼等服务项目17个");
        Figure(w, station, "community_social_organizations", 36, "已建立书画艺术协会、棋牌协会、文体协会等社会组织36个");
        Figure(w, station, "volunteers_registered", 422, "累计招募社区志愿者422人");

        var brand = w.Add(new Brand
        {
            Name = "融悦金都·幸福家园",
            Station = station,
            Description = "金都社区的社区服务品牌，以“我的社区我做主”“情暖夕阳”“智慧城堡”“爱在你身边”四个特色板块推动服务项目标准化。",
        });

        // The brand's four "特色板块" are the named service lines the material gives; each is kept as a project of the brand.
        (string Name, string Summary, TargetGroups Groups, ServiceAreas Areas)[] blocks =
        [
            ("我的社区我做主", "社区参与板块", TargetGroups.Residents, ServiceAreas.CommunityParticipation),
            ("情暖夕阳", "社区助老板块", TargetGroups.Elderly, ServiceAreas.None),
            ("智慧城堡", "社区教育板块", TargetGroups.None, ServiceAreas.None),
            ("爱在你身边", "社区特殊群体关爱板块", TargetGroups.None, ServiceAreas.None),
        ];
        foreach (var (name, summary, groups, areas) in blocks)
        {
            var project = w.Add(new Project
            {
                Name = name,
                Station = station,
                Brand = brand,
                Summary = summary,
                TargetGroups = groups,
                ServiceAreas = areas,
            });
            project.Communities.Add(community);
        }

        var education = w.Partner(station, "“3A”教育", PartnerKind.Other, "经综合服务中心链接的社会资源");
        w.Contribution(education, station, ContributionKinds.ProfessionalServices, "向社区居民提供文化教育等社会服务");
        var cdc = w.Partner(station, "奎文区疾控中心", PartnerKind.GovernmentUnit, "经综合服务中心链接的社会资源");
        w.Contribution(cdc, station, ContributionKinds.ProfessionalServices, "向社区居民提供儿童防疫等社会服务");

        foreach (var name in new[] { "书画艺术协会", "棋牌协会", "文体协会" })
        {
            w.Partner(station, name, PartnerKind.CommunityGroup, "社区社会组织，承接社区服务任务", community);
        }
    }
}
