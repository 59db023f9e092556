using GraphQL.Types;
using Hub.Data.Model;

namespace Hub.Schema.Regions;

public sealed class RegionLevelType : EnumerationGraphType<RegionLevel>
{
    public RegionLevelType()
    {
        Name = "RegionLevel";
        Description = "Province › city › district (区/县) › street/township (街道/乡镇) › community/village (社区/村).";
    }
}
