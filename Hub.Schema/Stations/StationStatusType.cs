using GraphQL.Types;
using Hub.Data.Model;

namespace Hub.Schema.Stations;

public sealed class StationStatusType : EnumerationGraphType<StationStatus>
{
    public StationStatusType()
    {
        Name = "StationStatus";
    }
}
