using GraphQL.Types;
using Hub.Data.Stations;
using Hub.Schema.Mutation;

namespace Hub.Schema.Stations;

public sealed class UpdateStationInputType : RecordInputGraphType<UpdateStationInput>
{
    public UpdateStationInputType()
    {
        Name = "UpdateStationInput";
        Description = "A patch: a field left out stays as it is, an explicit null clears it. Station staff may send only the descriptive fields of their own station.";
        IdField("id", "Station", required: true);
        Field<StringGraphType>("name");
        Field<StringGraphType>("code");
        Field<StationKindType>("kind");
        Field<StationStatusType>("status").Description("CLOSED needs closedOn; a station is closed, never deleted.");
        Field<DateOnlyGraphType>("closedOn").Description("The day the station closed.");
        IdField("regionId", "Region").Description("Moving a station moves its figures in every roll-up.");
        IdField("operatorId", "Organization");
        IdField("funderId", "Organization");
        StationFields.Descriptive(this);
    }
}
