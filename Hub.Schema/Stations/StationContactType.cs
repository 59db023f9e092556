using GraphQL.Types;
using Hub.Schema.Projects;

namespace Hub.Schema.Stations;

public sealed class StationContactType : ObjectGraphType<StationContact>
{
    public StationContactType()
    {
        Name = "StationContact";
        Description = "How to get in touch with a station: shown to everyone when the station keeps it PUBLIC, else only to those who may read the station's internal fields.";
        Field(c => c.Person, nullable: true).Description("Whom to ask (联系人).");
        Field(c => c.Phone, nullable: true);
        Field(c => c.Email, nullable: true);
        Field(c => c.Address, nullable: true).Description("Where to write or go to get in touch; the station's own address is Station.address.");
        Field<NonNullGraphType<VisibilityType>>("visibility").Description("The station's choice: PUBLIC or INTERNAL.").Resolve(context => context.Source.Visibility);
    }
}
