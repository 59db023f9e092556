namespace Hub.Data.Model;

/// <summary>The seven task areas of the national community social work service guide (社区社会工作服务指南).</summary>
[Flags]
public enum ServiceAreas
{
    None = 0,

    /// <summary>统筹社区照顾.</summary>
    CommunityCare = 1 << 0,

    /// <summary>扩大社区参与.</summary>
    CommunityParticipation = 1 << 1,

    /// <summary>促进社区融合.</summary>
    CommunityIntegration = 1 << 2,

    /// <summary>促进社区发展.</summary>
    CommunityDevelopment = 1 << 3,

    /// <summary>参与社区矫正.</summary>
    CommunityCorrection = 1 << 4,

    /// <summary>参与社区戒毒.</summary>
    CommunityDrugRehabilitation = 1 << 5,

    /// <summary>参与社区康复.</summary>
    CommunityRehabilitation = 1 << 6,
}
