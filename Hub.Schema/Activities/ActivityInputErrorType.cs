using GraphQL.Types;
using Hub.Data.Activities;
using Hub.Schema.Errors;

namespace Hub.Schema.Activities;

public sealed class ActivityInputErrorType : ObjectGraphType<ActivityInputError>
{
    public ActivityInputErrorType()
    {
        Name = "ActivityInputError";
        Field(e => e.Field).Description("The input field at fault.");
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(_ => HubErrorCodes.BadUserInput);
        Field(e => e.Message);
    }
}
