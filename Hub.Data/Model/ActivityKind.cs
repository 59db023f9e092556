namespace Hub.Data.Model;

public enum ActivityKind
{
    /// <summary>个案.</summary>
    CaseWork = 1,

    /// <summary>小组.</summary>
    GroupWork = 2,

    /// <summary>社区活动.</summary>
    CommunityWork = 3,

    /// <summary>主题活动.</summary>
    ThemedActivity = 4,

    VolunteerService = 5,

    /// <summary>走访.</summary>
    HomeVisit = 6,

    /// <summary>调研.</summary>
    NeedsSurvey = 7,

    /// <summary>督导.</summary>
    Supervision = 8,

    /// <summary>培训.</summary>
    Training = 9,

    Publicity = 10,
}
