using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.EnumLabels;

namespace Hub.Schema.Stations;

public sealed class StationKindType : EnumerationGraphType<StationKind>
{
    public static readonly IReadOnlyDictionary<StationKind, EnumLabel> Labels = new Dictionary<StationKind, EnumLabel>
    {
        [StationKind.Street] = new("街道（乡镇）社工站", "Street or township station"),
        [StationKind.DistrictHub] = new("区（县）社工总站", "District hub"),
        [StationKind.Community] = new("社区社工室", "Community centre"),
    };

    public StationKindType()
    {
        Name = "StationKind";
        Description = "STREET: 街道/乡镇社工站; DISTRICT_HUB: 区/县社工总站; COMMUNITY: a community-level centre.";
        this.Labelled(Labels);
    }
}
