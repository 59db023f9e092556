using Hub.Data.Model;
using Hub.Schema.EnumLabels;
using Hub.Schema.Scalars;

namespace Hub.Schema.Partners;

public sealed class ContributionKindType : FlagsEnumerationGraphType<ContributionKinds>
{
    public static readonly IReadOnlyDictionary<ContributionKinds, EnumLabel> Labels = new Dictionary<ContributionKinds, EnumLabel>
    {
        [ContributionKinds.Funds] = new("资金", "Funds"),
        [ContributionKinds.Goods] = new("物资", "Goods"),
        [ContributionKinds.Venue] = new("场地", "Venue"),
        [ContributionKinds.Volunteers] = new("志愿者", "Volunteers"),
        [ContributionKinds.ProfessionalServices] = new("专业服务", "Professional services"),
    };

    public ContributionKindType()
        : base("ContributionKind", "What a partner gives: funds, goods, a venue, volunteers or professional services.") => this.Labelled(Labels);
}
