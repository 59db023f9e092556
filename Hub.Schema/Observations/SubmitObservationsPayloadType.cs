using GraphQL.Types;

namespace Hub.Schema.Observations;

public sealed class SubmitObservationsPayloadType : ObjectGraphType<SubmitObservationsPayload>
{
    public SubmitObservationsPayloadType()
    {
        Name = "SubmitObservationsPayload";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObservationType>>>>("observations")
            .Description("The stored figures in row order; empty when any row was refused.")
            .Resolve(context => context.Source.Observations);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObservationRowErrorType>>>>("errors")
            .Resolve(context => context.Source.Errors);
    }
}
