using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.EnumLabels;

namespace Hub.Schema.Partners;

public sealed class PartnerKindType : EnumerationGraphType<PartnerKind>
{
    public static readonly IReadOnlyDictionary<PartnerKind, EnumLabel> Labels = new Dictionary<PartnerKind, EnumLabel>
    {
        [PartnerKind.Enterprise] = new("企业", "Enterprise"),
        [PartnerKind.Shop] = new("商户", "Shop"),
        [PartnerKind.University] = new("高校", "University"),
        [PartnerKind.Hospital] = new("医疗机构", "Hospital or clinic"),
        [PartnerKind.School] = new("学校", "School"),
        [PartnerKind.Foundation] = new("基金会", "Foundation"),
        [PartnerKind.SocialOrganization] = new("社会组织", "Social organisation"),
        [PartnerKind.GovernmentUnit] = new("政府部门", "Government unit"),
        [PartnerKind.CommunityGroup] = new("社区团体", "Community group"),
        [PartnerKind.Other] = new("其他", "Other"),
    };

    public PartnerKindType()
    {
        Name = "PartnerKind";
        this.Labelled(Labels);
    }
}
