using GraphQL.Types;
using Hub.Data.Observations;
using Hub.Data.Observations.Import;
using Hub.Schema.Errors;

namespace Hub.Schema.Observations;

public sealed class ImportRowErrorType : ObjectGraphType<ObservationImportError>
{
    public ImportRowErrorType()
    {
        Name = "ImportRowError";
        Description = "A fault in an imported file; when the file has any, none of it is stored.";
        Field(e => e.Row).Description("The spreadsheet's row number (the header is row 1); 0 for the file as a whole.");
        Field(e => e.Column, nullable: true).Description("The header of the column at fault, as the file spells it; null when no one column is.");
        Field<NonNullGraphType<StringGraphType>>("code")
            .Description("BAD_USER_INPUT or VERSION_CONFLICT.")
            .Resolve(context => context.Source.Problem == ObservationProblem.VersionConflict ? HubErrorCodes.VersionConflict : HubErrorCodes.BadUserInput);
        Field(e => e.Message);
    }
}
