using GraphQL.Types;
using Hub.Data.CommunityFunds;
using Hub.Schema.Mutation;

namespace Hub.Schema.CommunityFunds;

public sealed class UpdateCommunityFundInputType : RecordInputGraphType<UpdateCommunityFundInput>
{
    public UpdateCommunityFundInputType()
    {
        Name = "UpdateCommunityFundInput";
        Description = "A patch: a field left out stays as it is, an explicit null clears it (name may not be cleared). A fund stays with its station.";
        IdField("id", "CommunityFund", required: true);
        Field<StringGraphType>("name").Description($"1 to {CommunityFundRegistry.MaxNameLength} characters, unique within the station.");
        IdField("communityId", "Region").Description("The station's region or a community within it, which the fund serves.");
        IdField("foundationId", "ResourcePartner").Description("The partner the fund was set up with; one that works with the station.");
        Field<StringGraphType>("founded").Description("Founding year or month (\"2024\", \"2024-03\").");
    }
}
