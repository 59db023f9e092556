using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.EnumLabels;

namespace Hub.Schema.Stations;

public sealed class StationStatusType : EnumerationGraphType<StationStatus>
{
    public static readonly IReadOnlyDictionary<StationStatus, EnumLabel> Labels = new Dictionary<StationStatus, EnumLabel>
    {
        [StationStatus.Active] = new("运营中", "Open"),
        [StationStatus.Suspended] = new("暂停服务", "Suspended"),
        [StationStatus.Closed] = new("已关闭", "Closed"),
    };

    public StationStatusType()
    {
        Name = "StationStatus";
        this.Labelled(Labels);
    }
}
