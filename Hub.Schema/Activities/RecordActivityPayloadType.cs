using GraphQL.Types;

namespace Hub.Schema.Activities;

public sealed class RecordActivityPayloadType : ObjectGraphType<RecordActivityPayload>
{
    public RecordActivityPayloadType()
    {
        Name = "RecordActivityPayload";
        Field<ActivityType>("activity").Description("The stored activity; null when the input was refused.").Resolve(context => context.Source.Activity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityInputErrorType>>>>("errors").Resolve(context => context.Source.Errors);
    }
}
