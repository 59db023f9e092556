using GraphQL.Types;
using Hub.Data.Awards;
using Hub.Schema.Mutation;

namespace Hub.Schema.Awards;

public sealed class CreateAwardInputType : RecordInputGraphType<CreateAwardInput>
{
    public CreateAwardInputType()
    {
        Name = "CreateAwardInput";
        Field<NonNullGraphType<StringGraphType>>("title").Description($"1 to {AwardRegistry.MaxTitleLength} characters.");
        IdField("stationId", "Station", required: true);
        IdField("projectId", "Project").Description("The station's project the award was given to, if any.");
        Field<StringGraphType>("grade").Description("The grade as stated (铜奖, 一等奖 …).");
        Field<StringGraphType>("grantor").Description("Who gave it.");
        Field<DateOnlyGraphType>("awardedOn").Description("Not in the future.");
    }
}
