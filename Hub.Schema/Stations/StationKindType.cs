using GraphQL.Types;
using Hub.Data.Model;

namespace Hub.Schema.Stations;

public sealed class StationKindType : EnumerationGraphType<StationKind>
{
    public StationKindType()
    {
        Name = "StationKind";
        Description = "STREET: 街道/乡镇社工站; DISTRICT_HUB: 区/县社工总站; COMMUNITY: a community-level centre.";
    }
}
