using Hub.Schema.Mutation;
using GraphQL.Types;
using Hub.Data.Observations.Import;

namespace Hub.Schema.Observations;

public sealed class ImportObservationsInputType : InputObjectGraphType
{
    public ImportObservationsInputType()
    {
        Name = "ImportObservationsInput";
        Description = "A monthly-report spreadsheet, sent inside the request.";
        Field<StringGraphType>("clientMutationId").Description(IdempotentMutation.ClientMutationIdDescription);
        Field<NonNullGraphType<StringGraphType>>("fileName")
            .Description("The file's name; its extension (.csv or .xlsx) says how to read the content.");
        Field<NonNullGraphType<StringGraphType>>("content")
            .Description(
                "The file's bytes, base64-encoded. The hub's request limits cap every string at Hub:Limits:MaxStringLength " +
                "(10,000 characters by default, about 7.5 KB of file) and a request body at 100 KB, so this carries small reports: " +
                $"for larger files use the `import-observations` command of the server (up to {ObservationImporter.MaxRows:N0} rows).");
    }
}
