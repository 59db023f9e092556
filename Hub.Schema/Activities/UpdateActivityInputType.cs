using GraphQL.Types;
using Hub.Data.Activities;
using Hub.Schema.Mutation;

namespace Hub.Schema.Activities;

public sealed class UpdateActivityInputType : RecordInputGraphType<UpdateActivityInput>
{
    public UpdateActivityInputType()
    {
        Name = "UpdateActivityInput";
        Description = "A correction, as a patch: a field left out stays as it is, an explicit null clears it (kind, title and occurredOn may be left out but not cleared). An activity stays with its station.";
        IdField("id", "Activity", required: true);
        IdField("projectId", "Project").Description("A project of the activity's station.");
        Field<ActivityKindType>("kind");
        Field<StringGraphType>("title").Description($"1 to {ActivityRules.MaxTitleLength} characters.");
        Field<DateOnlyGraphType>("occurredOn").Description("The day it took place (not in the future); moving it to another month moves its volunteer figures with it.");
        Field<StringGraphType>("place");
        Field<IntGraphType>("participants").Description("Participants as person-times (人次).");
        Field<IntGraphType>("volunteers");
        Field<DecimalGraphType>("volunteerHours").Description("At most two decimal places.");
        IdListField("partnerIds", "ResourcePartner").Description($"Replaces the resource partners who took part (at most {ActivityRules.MaxPartners}); an empty list or null removes them all.");
    }
}
