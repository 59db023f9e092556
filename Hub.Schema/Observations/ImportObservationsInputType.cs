using Hub.Schema.Mutation;
using GraphQL.Types;
using Hub.Data.Observations.Import;
using Hub.Schema.Scalars;

namespace Hub.Schema.Observations;

public sealed class ImportObservationsInputType : InputObjectGraphType
{
    public ImportObservationsInputType()
    {
        Name = "ImportObservationsInput";
        Description = "A monthly-report spreadsheet: uploaded as `file` (a multipart request), or base64-encoded in `content` for small files. Exactly one of the two.";
        Field<StringGraphType>("clientMutationId").Description(IdempotentMutation.ClientMutationIdDescription);
        Field<StringGraphType>("fileName")
            .Description(
                "The file's name; its extension (.csv or .xlsx) says how to read it. Required with `content`; with `file` it " +
                "defaults to the uploaded part's own file name.");
        Field<UploadGraphType>("file")
            .Description(
                "The file, sent as a part of a multipart/form-data request (the GraphQL multipart request spec, as apollo-upload-client " +
                $"sends it), up to Hub:Uploads:MaxFileBytes (20 MB by default) and {ObservationImporter.MaxRows:N0} rows. The request must " +
                "carry a GraphQL-Preflight (or Apollo-Require-Preflight) header.");
        Field<StringGraphType>("content")
            .Description(
                "The file's bytes, base64-encoded, for small files. The hub's request limits cap every string at Hub:Limits:MaxStringLength " +
                "(10,000 characters by default, about 7.5 KB of file) and a request body at 100 KB; send larger files as `file`.");
    }
}
