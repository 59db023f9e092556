using GraphQL.Types;
using Hub.Data.Awards;
using Hub.Schema.Mutation;

namespace Hub.Schema.Awards;

public sealed class UpdateAwardInputType : RecordInputGraphType<UpdateAwardInput>
{
    public UpdateAwardInputType()
    {
        Name = "UpdateAwardInput";
        Description = "A patch: a field left out stays as it is, an explicit null clears it (title may not be cleared). An award stays with its station.";
        IdField("id", "Award", required: true);
        Field<StringGraphType>("title").Description($"1 to {AwardRegistry.MaxTitleLength} characters.");
        IdField("projectId", "Project").Description("The station's project the award was given to; null for the station itself.");
        Field<StringGraphType>("grade").Description("The grade as stated (铜奖, 一等奖 …).");
        Field<StringGraphType>("grantor").Description("Who gave it.");
        Field<DateOnlyGraphType>("awardedOn").Description("Not in the future.");
    }
}
