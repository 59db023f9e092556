using GraphQL.Types;

namespace Hub.Schema.RegistryWorkbook;

public sealed class ImportRegistryPayloadType : ObjectGraphType<ImportRegistryPayload>
{
    public ImportRegistryPayloadType()
    {
        Name = "ImportRegistryPayload";
        Description = "What an import did with each sheet, or every bad row; when there is any, nothing was stored.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegistrySheetCountType>>>>("sheets")
            .Description("One entry per sheet read, in the order they were read; empty when the workbook was refused.")
            .Resolve(context => context.Source.Result.Sheets);
        Field<NonNullGraphType<IntGraphType>>("created").Resolve(context => context.Source.Result.Succeeded ? context.Source.Result.Created : 0);
        Field<NonNullGraphType<IntGraphType>>("updated").Resolve(context => context.Source.Result.Succeeded ? context.Source.Result.Updated : 0);
        Field<NonNullGraphType<IntGraphType>>("unchanged").Resolve(context => context.Source.Result.Succeeded ? context.Source.Result.Unchanged : 0);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegistryRowErrorType>>>>("errors")
            .Resolve(context => context.Source.Result.Errors);
    }
}
