using Hub.Data.Indicators;

namespace Hub.Data.Synthetic;

/// <summary>
/// Magnitudes per indicator, taken from the seeds' own figures (崔寨 2024 annual report, 千佛山 2024-11
/// monthly report): a typical station's year of 835 volunteer person-times and 1,495.71 hours, 23 new
/// client files a month, 125 households tracked. 25 indicators come in the monthly report, 16 only
/// in the annual summary, which is what makes a five-year province about 2.7 million observations.
/// </summary>
internal static class IndicatorProfiles
{
    private const IndicatorCadence Monthly = IndicatorCadence.Monthly;
    private const IndicatorCadence Yearly = IndicatorCadence.Yearly;

    private static readonly Dictionary<string, IndicatorProfile> ByCode = new IndicatorProfile[]
    {
        new("case_files_created", Monthly, 20),
        new("households_tracked", Monthly, 120, Drift: 0.003),
        new("subsistence_households", Monthly, 85, Drift: -0.002),
        new("subsistence_people", Monthly, 0, Basis: "subsistence_households", RatioMin: 1.1, RatioMax: 1.4),
        new("marginal_subsistence_households", Monthly, 22),
        new("marginal_subsistence_people", Monthly, 0, Basis: "marginal_subsistence_households", RatioMin: 1.05, RatioMax: 1.25),
        new("volunteer_services", Monthly, 5),
        new("volunteer_person_times", Monthly, 0, Basis: "volunteer_services", RatioMin: 10, RatioMax: 18),
        new("volunteers_registered", Monthly, 280, Drift: 0.006),
        new("volunteer_hours", Monthly, 0, Step: 0.01, Basis: "volunteer_person_times", RatioMin: 1.4, RatioMax: 2.2),
        new("cases_opened", Monthly, 0.4),
        new("case_followups", Monthly, 2),
        new("group_sessions", Monthly, 1.8),
        new("group_person_times", Monthly, 0, Basis: "group_sessions", RatioMin: 7, RatioMax: 12),
        new("community_sessions", Monthly, 6.4),
        new("community_person_times", Monthly, 0, Basis: "community_sessions", RatioMin: 10, RatioMax: 16),
        new("themed_activities", Monthly, 3.5),
        new("themed_person_times", Monthly, 0, Basis: "themed_activities", RatioMin: 9, RatioMax: 15),
        new("supervision_sessions", Monthly, 2),
        new("supervision_hours", Monthly, 0, Step: 0.5, Basis: "supervision_sessions", RatioMin: 2.5, RatioMax: 3.5),
        new("training_sessions", Monthly, 1.25),
        new("training_hours", Monthly, 0, Step: 0.5, Basis: "training_sessions", RatioMin: 3, RatioMax: 4.5),
        new("needs_surveys", Monthly, 1),
        new("home_visit_person_times", Monthly, 25),
        new("news_articles", Monthly, 14),
        new("files_hardship", Yearly, 80),
        new("files_intellectual_disability", Yearly, 14),
        new("files_mental_health_rehab", Yearly, 160),
        new("files_extreme_poverty_support", Yearly, 50),
        new("volunteer_teams_incubated", Yearly, 3),
        new("groups", Yearly, 5),
        new("community_programs", Yearly, 10),
        new("videos_published", Yearly, 5),
        new("community_funds", Yearly, 4, Drift: 0.1),
        new("partners_linked", Yearly, 12, Drift: 0.08),
        new("projects_landed", Yearly, 9, Drift: 0.05),
        new("service_bases", Yearly, 7, Drift: 0.04),

        // 民生街社区: 13 teams, 3 registered and 7 filed organisations; 金都社区: 36 community organisations.
        new("volunteer_teams", Yearly, 8, Drift: 0.05),
        new("social_organizations_registered", Yearly, 3, Drift: 0.03),
        new("social_organizations_filed", Yearly, 7, Drift: 0.05),
        new("community_social_organizations", Yearly, 20, Drift: 0.05),
    }.ToDictionary(p => p.Code, StringComparer.Ordinal);

    /// <summary>The profile of a catalogue code; a code added to the catalogue later gets a plain monthly count until it has one of its own.</summary>
    public static IndicatorProfile For(string code) => ByCode.TryGetValue(code, out var profile) ? profile : new IndicatorProfile(code, Monthly, 10);

    /// <summary>Catalogue codes without a profile of their own (they still get plain monthly counts).</summary>
    public static IEnumerable<string> Unprofiled => IndicatorCatalogue.All.Select(i => i.Code).Where(code => !ByCode.ContainsKey(code));
}
