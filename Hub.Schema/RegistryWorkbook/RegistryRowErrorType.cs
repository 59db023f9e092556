using GraphQL.Types;
using Hub.Data.RegistryWorkbook;

namespace Hub.Schema.RegistryWorkbook;

public sealed class RegistryRowErrorType : ObjectGraphType<RegistryWorkbookError>
{
    public RegistryRowErrorType()
    {
        Name = "RegistryRowError";
        Description = "A fault of an imported registry workbook: its sheet, row and column; when there is any, nothing is stored.";
        Field(e => e.Sheet).Description("The sheet as the workbook names it; empty for the file as a whole.");
        Field(e => e.Row).Description("The spreadsheet's row number (the header is row 1); 0 for a whole sheet or the file.");
        Field(e => e.Column, nullable: true).Description("The column's header (Chinese); null when no one column is at fault.");
        Field(e => e.Code).Description("BAD_USER_INPUT, NOT_FOUND, DUPLICATE, … as the registry mutations report them.");
        Field(e => e.Message);
    }
}
