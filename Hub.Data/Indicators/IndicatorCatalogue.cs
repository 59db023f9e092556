using Hub.Data.Model;

namespace Hub.Data.Indicators;

/// <summary>
/// The indicator catalogue every station reports against (DESIGN.md). Codes are the stable API;
/// labels follow the wording of the stations' own reports.
/// </summary>
public static class IndicatorCatalogue
{
    private const IndicatorKind Flow = IndicatorKind.Flow;
    private const IndicatorKind Stock = IndicatorKind.Stock;
    private const Sensitivity Public = Sensitivity.Public;
    private const Sensitivity Restricted = Sensitivity.Restricted;

    public static IReadOnlyList<Indicator> All { get; } = Build(
        ("files_hardship", "困境人群建档", "Hardship case files", "files", Flow, Public),
        ("files_intellectual_disability", "心智障碍人士建档", "Intellectual-disability files", "files", Flow, Public),
        ("files_mental_health_rehab", "精神障碍社区康复服务建档", "Mental-health rehabilitation files", "files", Flow, Public),
        ("files_extreme_poverty_support", "特困供养人群建档", "Extreme-poverty support files", "files", Flow, Public),
        ("case_files_created", "新建服务对象档案", "New client files", "files", Flow, Public),
        ("households_tracked", "困难群体服务信息更新户数", "Households tracked", "households", Stock, Public),
        ("subsistence_households", "低保户数", "Subsistence-allowance households", "households", Stock, Restricted),
        ("subsistence_people", "低保人数", "Subsistence-allowance people", "people", Stock, Restricted),
        ("marginal_subsistence_households", "低保边缘户数", "Marginal-subsistence households", "households", Stock, Restricted),
        ("marginal_subsistence_people", "低保边缘人数", "Marginal-subsistence people", "people", Stock, Restricted),
        ("volunteer_services", "志愿服务次数", "Volunteer services", "times", Flow, Public),
        ("volunteer_person_times", "志愿服务人次", "Volunteer service person-times", "person-times", Flow, Public),
        ("volunteers_registered", "注册志愿者", "Registered volunteers", "people", Stock, Public),
        ("volunteer_hours", "志愿服务时长", "Volunteer hours", "hours", Flow, Public),
        ("volunteer_teams_incubated", "孵化志愿服务队", "Volunteer teams incubated", "teams", Flow, Public),
        ("cases_opened", "个案工作", "Cases opened", "cases", Flow, Public),
        ("case_followups", "个案跟进", "Case follow-ups", "person-times", Flow, Public),
        ("groups", "小组", "Groups", "groups", Flow, Public),
        ("group_sessions", "小组服务次数", "Group sessions", "sessions", Flow, Public),
        ("group_person_times", "小组服务人次", "Group person-times", "person-times", Flow, Public),
        ("community_programs", "社区工作", "Community programmes", "programmes", Flow, Public),
        ("community_sessions", "社区工作服务次数", "Community sessions", "sessions", Flow, Public),
        ("community_person_times", "社区工作服务人次", "Community person-times", "person-times", Flow, Public),
        ("themed_activities", "主题活动", "Themed activities", "activities", Flow, Public),
        ("themed_person_times", "主题活动服务人次", "Themed-activity person-times", "person-times", Flow, Public),
        ("supervision_sessions", "接受督导次数", "Supervision sessions", "sessions", Flow, Public),
        ("supervision_hours", "督导时长", "Supervision hours", "hours", Flow, Public),
        ("training_sessions", "参与培训次数", "Training sessions", "sessions", Flow, Public),
        ("training_hours", "培训时长", "Training hours", "hours", Flow, Public),
        ("needs_surveys", "需求调研", "Needs surveys", "times", Flow, Public),
        ("home_visit_person_times", "走访人次", "Home-visit person-times", "person-times", Flow, Public),
        ("community_funds", "社区基金", "Community funds", "funds", Stock, Public),
        ("partners_linked", "链接社会组织和慈善资源", "Partners linked", "organisations", Stock, Public),
        ("projects_landed", "落地服务项目", "Projects landed", "projects", Stock, Public),
        ("service_bases", "服务基地", "Service bases", "bases", Stock, Public),
        ("news_articles", "新闻稿", "News articles", "articles", Flow, Public),
        ("videos_published", "发布视频", "Videos published", "videos", Flow, Public),

        // Headline counts of the 奎文 material and the 二七 newspaper report; appended so earlier sort orders stay.
        ("volunteer_teams", "志愿服务队伍", "Volunteer teams", "teams", Stock, Public),
        ("social_organizations_registered", "登记注册社会组织", "Registered social organisations", "organisations", Stock, Public),
        ("social_organizations_filed", "备案社区社会组织", "Filed community organisations", "organisations", Stock, Public),
        ("community_social_organizations", "社区社会组织", "Community social organisations", "organisations", Stock, Public));

    public static Indicator Get(string code) =>
        All.FirstOrDefault(i => i.Code == code) ?? throw new KeyNotFoundException($"No indicator has the code \"{code}\".");

    private static Indicator[] Build(params (string Code, string Label, string LabelEn, string Unit, IndicatorKind Kind, Sensitivity Sensitivity)[] rows) =>
        rows.Select((row, index) => new Indicator
        {
            Code = row.Code,
            Label = row.Label,
            LabelEn = row.LabelEn,
            Unit = row.Unit,
            Kind = row.Kind,
            Sensitivity = row.Sensitivity,
            SortOrder = index + 1,
        }).ToArray();
}
