using GraphQL.Types;
using Hub.Data.RegistryWorkbook;
using Hub.Schema.Mutation;
using Hub.Schema.Scalars;

namespace Hub.Schema.RegistryWorkbook;

public sealed class ImportRegistryInputType : InputObjectGraphType
{
    public ImportRegistryInputType()
    {
        Name = "ImportRegistryInput";
        Description = "A registry workbook (.xlsx, a sheet per entity: 站点, 机构, 项目 …), as `export-registry` writes it: uploaded as `file`, or base64 in `content` for a small one. Exactly one of the two.";
        Field<StringGraphType>("clientMutationId").Description(IdempotentMutation.ClientMutationIdDescription);
        Field<StringGraphType>("fileName")
            .Description("The file's name, ending in .xlsx. Required with `content`; with `file` it defaults to the uploaded part's own name.");
        Field<UploadGraphType>("file")
            .Description(
                "The workbook, sent as a part of a multipart/form-data request (the GraphQL multipart request spec), up to " +
                $"Hub:Uploads:MaxFileBytes (20 MB by default) and {RegistryWorkbookImporter.MaxRows:N0} rows. The request carries a GraphQL-Preflight header.");
        Field<StringGraphType>("content")
            .Description("The workbook's bytes, base64-encoded, for a small one: the request limits (Hub:Limits:MaxStringLength) bound it; send larger files as `file`.");
    }
}
