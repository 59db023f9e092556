using GraphQL.Types;
using Hub.Data.Writes;

namespace Hub.Schema.Mutation;

public sealed class InputErrorType : ObjectGraphType<InputError>
{
    public InputErrorType()
    {
        Name = "InputError";
        Description = "What is wrong with one input field of a registry mutation; nothing was stored.";
        Field(e => e.Field).Description("The input field at fault (\"regionId\", \"results[2].target\").");
        Field(e => e.Code).Description("BAD_USER_INPUT (breaks the field's rule), NOT_FOUND (no such row), DUPLICATE (the key is taken), IN_USE (other rows refer to it), FORBIDDEN (not for this caller).");
        Field(e => e.Message);
    }
}
