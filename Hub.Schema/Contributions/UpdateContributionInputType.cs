using GraphQL.Types;
using Hub.Data.Contributions;
using Hub.Schema.Mutation;
using Hub.Schema.Partners;

namespace Hub.Schema.Contributions;

public sealed class UpdateContributionInputType : RecordInputGraphType<UpdateContributionInput>
{
    public UpdateContributionInputType()
    {
        Name = "UpdateContributionInput";
        Description = "A patch: a field left out stays as it is, an explicit null clears it (partnerId and kind may not be cleared). A contribution stays with its station.";
        IdField("id", "Contribution", required: true);
        IdField("partnerId", "ResourcePartner");
        Field<ContributionKindType>("kind");
        IdField("projectId", "Project");
        Field<DecimalGraphType>("value");
        Field<DateOnlyGraphType>("contributedOn");
        Field<StringGraphType>("description");
    }
}
