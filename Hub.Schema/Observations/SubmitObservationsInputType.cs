using Hub.Schema.Mutation;
using GraphQL.Types;
using Hub.Data.Observations;

namespace Hub.Schema.Observations;

public sealed class SubmitObservationsInputType : InputObjectGraphType
{
    public SubmitObservationsInputType()
    {
        Name = "SubmitObservationsInput";
        Field<StringGraphType>("clientMutationId").Description(IdempotentMutation.ClientMutationIdDescription);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObservationInputType>>>>("observations")
            .Description($"Figures for one or many stations, at most {ObservationIngestion.MaxRows}; rows are numbered from 1 in errors.");
    }
}
