using Hub.Data.Model;
using Hub.Schema.EnumLabels;
using Hub.Schema.Scalars;

namespace Hub.Schema.Projects;

public sealed class ServiceAreaType : FlagsEnumerationGraphType<ServiceAreas>
{
    /// <summary>The guide's own names of its seven task areas.</summary>
    public static readonly IReadOnlyDictionary<ServiceAreas, EnumLabel> Labels = new Dictionary<ServiceAreas, EnumLabel>
    {
        [ServiceAreas.CommunityCare] = new("统筹社区照顾", "Community care"),
        [ServiceAreas.CommunityParticipation] = new("扩大社区参与", "Community participation"),
        [ServiceAreas.CommunityIntegration] = new("促进社区融合", "Community integration"),
        [ServiceAreas.CommunityDevelopment] = new("促进社区发展", "Community development"),
        [ServiceAreas.CommunityCorrection] = new("参与社区矫正", "Community corrections"),
        [ServiceAreas.CommunityDrugRehabilitation] = new("参与社区戒毒", "Community drug rehabilitation"),
        [ServiceAreas.CommunityRehabilitation] = new("参与社区康复", "Community rehabilitation"),
    };

    public ServiceAreaType()
        : base(
            "ServiceArea",
            "The seven task areas of the national community social work service guide: 统筹社区照顾, 扩大社区参与, 促进社区融合, 促进社区发展, 参与社区矫正, 参与社区戒毒, 参与社区康复.")
        => this.Labelled(Labels);
}
