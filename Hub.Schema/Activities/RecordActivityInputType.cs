using Hub.Schema.Mutation;
using GraphQL.Types;
using Hub.Data.Activities;

namespace Hub.Schema.Activities;

public sealed class RecordActivityInputType : InputObjectGraphType
{
    public RecordActivityInputType()
    {
        Name = "RecordActivityInput";
        Field<NonNullGraphType<IdGraphType>>("stationId");
        Field<IdGraphType>("projectId").Description("A project of the same station.");
        Field<NonNullGraphType<ActivityKindType>>("kind");
        Field<NonNullGraphType<StringGraphType>>("title").Description($"1 to {ActivityRules.MaxTitleLength} characters.");
        Field<NonNullGraphType<DateOnlyGraphType>>("occurredOn").Description("The day it took place (not in the future).");
        Field<StringGraphType>("place");
        Field<IntGraphType>("participants").Description("Participants as person-times (人次).");
        Field<IntGraphType>("volunteers");
        Field<DecimalGraphType>("volunteerHours").Description("At most two decimal places.");
        Field<StringGraphType>("clientMutationId").Description(IdempotentMutation.ClientMutationIdDescription);
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("partnerIds").Description($"Resource partners who took part (at most {ActivityRules.MaxPartners}).");
    }
}
