using GraphQL.Types;
using Hub.Data.Contributions;
using Hub.Schema.Mutation;
using Hub.Schema.Partners;

namespace Hub.Schema.Contributions;

public sealed class CreateContributionInputType : RecordInputGraphType<CreateContributionInput>
{
    public CreateContributionInputType()
    {
        Name = "CreateContributionInput";
        IdField("stationId", "Station", required: true);
        IdField("partnerId", "ResourcePartner", required: true).Description("A partner that works with the station (createPartner).");
        Field<NonNullGraphType<ContributionKindType>>("kind").Description("One kind; a partner that gives funds and a venue makes two contributions.");
        IdField("projectId", "Project").Description("The station's project the contribution went to, if any.");
        Field<DecimalGraphType>("value").Description($"Value in yuan: 0 to {ContributionRegistry.MaxValue:0}, at most two decimals.");
        Field<DateOnlyGraphType>("contributedOn").Description("Not in the future.");
        Field<StringGraphType>("description").Description($"At most {ContributionRegistry.MaxDescriptionLength} characters.");
    }
}
