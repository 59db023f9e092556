using GraphQL.Types;
using Hub.Data.Stations;
using Hub.Schema.Mutation;

namespace Hub.Schema.Stations;

public sealed class CreateStationInputType : RecordInputGraphType<CreateStationInput>
{
    public CreateStationInputType()
    {
        Name = "CreateStationInput";
        Field<NonNullGraphType<StringGraphType>>("name").Description($"1 to {StationRegistry.MaxNameLength} characters.");
        Field<NonNullGraphType<StationKindType>>("kind");
        IdField("regionId", "Region", required: true).Description("The district, street or community the station lies in.");
        Field<StringGraphType>("code").Description("The station's business key; left out, the hub gives the region's 12-digit code and the next sequence number (\"370102002000-03\").");
        IdField("operatorId", "Organization").Description("The organisation that runs the station.");
        IdField("funderId", "Organization").Description("The organisation that buys the service (purchaser).");
        StationFields.Descriptive(this);
    }
}
