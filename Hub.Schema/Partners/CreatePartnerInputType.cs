using GraphQL.Types;
using Hub.Data.Partners;
using Hub.Schema.Mutation;

namespace Hub.Schema.Partners;

public sealed class CreatePartnerInputType : RecordInputGraphType<CreatePartnerInput>
{
    public CreatePartnerInputType()
    {
        Name = "CreatePartnerInput";
        Description = "A resource partner and its link to the station it works with.";
        Field<NonNullGraphType<StringGraphType>>("name").Description($"1 to {PartnerRegistry.MaxNameLength} characters; no two partners of a station share a name.");
        IdField("stationId", "Station", required: true).Description("The station the partner works with.");
        Field<NonNullGraphType<PartnerKindType>>("kind");
        Field<StringGraphType>("creditCode").Description("The unified social credit code (统一社会信用代码), checked; no two partners of a station share one.");
        Field<StringGraphType>("description").Description($"At most {PartnerRegistry.MaxDescriptionLength} characters.");
        IdField("regionId", "Region").Description("Where the partner is.");
    }
}
