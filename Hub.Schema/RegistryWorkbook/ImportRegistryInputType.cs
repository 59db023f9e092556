using GraphQL.Types;
using Hub.Data.RegistryWorkbook;
using Hub.Schema.Mutation;

namespace Hub.Schema.RegistryWorkbook;

public sealed class ImportRegistryInputType : InputObjectGraphType
{
    public ImportRegistryInputType()
    {
        Name = "ImportRegistryInput";
        Description = "A registry workbook (.xlsx, a sheet per entity: 站点, 机构, 项目 …), as `export-registry` writes it.";
        Field<StringGraphType>("clientMutationId").Description(IdempotentMutation.ClientMutationIdDescription);
        Field<NonNullGraphType<StringGraphType>>("fileName").Description("The file's name; it ends in .xlsx.");
        Field<NonNullGraphType<StringGraphType>>("content")
            .Description(
                "The workbook's bytes, base64-encoded; the request limits (Hub:Limits:MaxStringLength) bound it, so this carries a small " +
                $"workbook. A whole registry goes through the server's `import-registry` command (files up to {RegistryWorkbookImporter.MaxBytes / (1024 * 1024)} MB).");
    }
}
