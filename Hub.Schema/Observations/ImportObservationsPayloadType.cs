using GraphQL.Types;

namespace Hub.Schema.Observations;

public sealed class ImportObservationsPayloadType : ObjectGraphType<ImportObservationsPayload>
{
    public ImportObservationsPayloadType()
    {
        Name = "ImportObservationsPayload";
        Field<NonNullGraphType<IntGraphType>>("imported")
            .Description("Figures stored from the file, new and replaced; 0 when any row was refused.")
            .Resolve(context => context.Source.Result.Stored);
        Field<NonNullGraphType<IntGraphType>>("replaced")
            .Description("Of the imported figures, how many replaced a figure already stored for the same station, indicator and period.")
            .Resolve(context => context.Source.Result.Replaced);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportRowErrorType>>>>("errors")
            .Description("Every fault found in the file; when there is any, nothing was stored.")
            .Resolve(context => context.Source.Result.Errors);
    }
}
