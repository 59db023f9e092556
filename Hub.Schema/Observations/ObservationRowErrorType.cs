using GraphQL.Types;
using Hub.Data.Observations;
using Hub.Schema.Errors;

namespace Hub.Schema.Observations;

public sealed class ObservationRowErrorType : ObjectGraphType<ObservationRowError>
{
    public ObservationRowErrorType()
    {
        Name = "ObservationRowError";
        Description = "Why a row was refused; when any row is refused, none is stored.";
        Field(e => e.Row).Description("The row's position in the submitted list, from 1 (0: the batch as a whole).");
        Field(e => e.Field).Description("The input field at fault.");
        Field<NonNullGraphType<StringGraphType>>("code")
            .Description("BAD_USER_INPUT or VERSION_CONFLICT.")
            .Resolve(context => context.Source.Problem == ObservationProblem.VersionConflict ? HubErrorCodes.VersionConflict : HubErrorCodes.BadUserInput);
        Field(e => e.Message);
    }
}
