using Hub.Data.Model;
using Hub.Data.Stations;

namespace Hub.Data.Demo;

/// <summary>
/// Seed 004: the November 2024 monthly report of 千佛山街道社工站 (济南市历下区). Its figures are monthly
/// observations (period 202411); its "11月5日" dates are read in the report's month, November 2024.
/// Events given only as a range of days ("11月17——11月19日") get no date.
/// </summary>
internal static class QianfoshanMonthlyReport202411
{
    private const int November2024 = 202411;

    public static void Load(SeedWriter w)
    {
        var district = w.Region("370102000000");
        var funder = w.Add(new Organization
        {
            Name = "历下区民政局",
            Kind = OrganizationKind.GovernmentDepartment,
            Region = district,
        });
        var operatorOrg = w.Add(new Organization
        {
            Name = "济南山青社会工作服务中心",
            Kind = OrganizationKind.SocialWorkServiceCentre,
            Region = w.Region("370100000000"),
        });

        var station = w.Add(new Station
        {
            Name = "千佛山街道社工站",
            Code = StationCode.For("370102002000", 1),
            Kind = StationKind.Street,
            Region = w.Region("370102002000"),
            District = district,
            Operator = operatorOrg,
            Funder = funder,
            Description = "由历下区民政局出资、济南山青社会工作服务中心承接运营、落地于千佛山街道办事处的基层民政综合服务平台；聚焦“一老一困”两个重点群体，培育社区志愿者队伍和社区社会组织。",
        });

        AddFigures(w, station);

        var eastRoad = w.Region("370102002003");
        var westRoad = w.Region("370102002005");
        var lishanMingjun = w.Region("370102002009");
        var jichai = w.Region("370102002010");

        // 千东社区 (where the project was surveyed) is not an NBS name; the project gets no community rather than a guessed one.
        var safeHome = w.Add(new Project
        {
            Name = "安心善居",
            Station = station,
            Summary = "“安心善居”低收入高龄独居老年人居家环境安全改善项目：社工站联合辖区千东社区，聚焦低收入高龄独居老年人的居家安全问题。",
            TargetGroups = TargetGroups.Elderly | TargetGroups.ElderlyLivingAlone | TargetGroups.LowIncome,
        });

        var silverBrand = w.Add(new Brand
        {
            Name = "银发伙伴",
            Station = station,
            LaunchedOn = new DateOnly(2024, 11, 14),
            Description = "千佛山街道“银发伙伴”互助养老服务品牌，响应全国老龄委“银龄行动”号召，推动社会力量参与互助养老服务。",
        });
        var silverProject = w.Add(new Project
        {
            Name = "银发伙伴",
            Station = station,
            Brand = silverBrand,
            Summary = "互助养老服务项目；新服务周期的目标和发展方向在2024年11月的同辈督导后明确。",
            TargetGroups = TargetGroups.Elderly,
        });

        w.Add(new Award
        {
            Title = "“兜有爱·倾历守护”历下区首届救助领域社会工作服务项目创新大赛",
            Station = station,
            Project = safeHome,
            Grade = "铜奖",
            Grantor = "历下区民政局",
            AwardedOn = new DateOnly(2024, 11, 14),
        });

        w.Activity(station, ActivityKind.NeedsSurvey, "独居老年人调研", new DateOnly(2024, 11, 5),
            "千佛山西路社区", westRoad, participants: 25);
        w.Activity(station, ActivityKind.NeedsSurvey, "低收入高龄独居老年人居家安全走访调研", new DateOnly(2024, 11, 5),
            "千东社区", project: safeHome);
        // "开展需求调研走访社区3个": one visit per community, month known, day not.
        foreach (var community in new[] { eastRoad, jichai, lishanMingjun })
        {
            w.Activity(station, ActivityKind.NeedsSurvey, "新项目周期社区走访调研", place: community.Name, region: community);
        }

        // The contest presentation and the project review: the station presents a project to a panel. The kind list has
        // no evaluation or meeting kind and these are neither supervision nor training (the report counts 3 and 1 of those
        // without them), so they are Publicity: the station presenting its work outside.
        w.Activity(station, ActivityKind.Publicity, "“安心善居”项目汇报：“兜有爱·倾历守护”历下区首届救助领域社会工作服务项目创新大赛",
            new DateOnly(2024, 11, 13), project: safeHome);
        w.Activity(station, ActivityKind.Publicity, "历下区2024-2025年度街道社工站项目立项评审汇报", new DateOnly(2024, 11, 22));

        w.Activity(station, ActivityKind.Training, "“银发伙伴”志愿者经验分享内容梳理和指导", place: "历山名郡社区",
            region: lishanMingjun, project: silverProject);
        w.Activity(station, ActivityKind.ThemedActivity, "“银龄行动 银发有我”千佛山街道“银发伙伴”互助养老服务品牌发布暨推广会",
            new DateOnly(2024, 11, 14), "历下创益园", project: silverProject);
        w.Activity(station, ActivityKind.Supervision, "线上督导两次（项目任务书）");
        w.Activity(station, ActivityKind.Training, "“暖冬行动·情有暖意——一碗饺子的分量”社区联合行动经验分享", new DateOnly(2024, 11, 28),
            "创益园");
        w.Activity(station, ActivityKind.Supervision, "同辈督导（新项目周期服务内容及指标）", new DateOnly(2024, 11, 29),
            project: silverProject);
    }

    private static void AddFigures(SeedWriter w, Station station)
    {
        void Month(string code, decimal value, string? note = null) =>
            w.Observe(station, November2024, ObservationSource.MonthlyReport, code, value, note);

        Month("households_tracked", 125, "截至11月底更新困难群体服务信息到125户");
        Month("case_files_created", 23);
        Month("subsistence_households", 86, "截至目前");
        Month("subsistence_people", 102, "截至目前");
        Month("marginal_subsistence_households", 23, "截至目前");
        Month("marginal_subsistence_people", 25, "截至目前");
        Month("needs_surveys", 1, "独居老年人调研1次");
        Month("home_visit_person_times", 25);
        Month("supervision_sessions", 3);
        Month("training_sessions", 1);
    }
}
