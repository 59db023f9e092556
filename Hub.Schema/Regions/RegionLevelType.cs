using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.EnumLabels;

namespace Hub.Schema.Regions;

public sealed class RegionLevelType : EnumerationGraphType<RegionLevel>
{
    public static readonly IReadOnlyDictionary<RegionLevel, EnumLabel> Labels = new Dictionary<RegionLevel, EnumLabel>
    {
        [RegionLevel.Province] = new("省", "Province"),
        [RegionLevel.City] = new("市", "City"),
        [RegionLevel.District] = new("区县", "District or county"),
        [RegionLevel.Street] = new("街道乡镇", "Street or township"),
        [RegionLevel.Community] = new("社区村", "Community or village"),
    };

    public RegionLevelType()
    {
        Name = "RegionLevel";
        Description = "Province › city › district (区/县) › street/township (街道/乡镇) › community/village (社区/村).";
        this.Labelled(Labels);
    }
}
