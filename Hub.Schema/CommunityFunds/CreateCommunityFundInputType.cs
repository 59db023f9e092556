using GraphQL.Types;
using Hub.Data.CommunityFunds;
using Hub.Schema.Mutation;

namespace Hub.Schema.CommunityFunds;

public sealed class CreateCommunityFundInputType : RecordInputGraphType<CreateCommunityFundInput>
{
    public CreateCommunityFundInputType()
    {
        Name = "CreateCommunityFundInput";
        Field<NonNullGraphType<StringGraphType>>("name").Description($"1 to {CommunityFundRegistry.MaxNameLength} characters, unique within the station.");
        IdField("stationId", "Station", required: true);
        IdField("communityId", "Region").Description("The station's region or a community within it, which the fund serves.");
        IdField("foundationId", "ResourcePartner").Description("The partner the fund was set up with; one that works with the station.");
        Field<StringGraphType>("founded").Description("Founding year or month (\"2024\", \"2024-03\").");
    }
}
