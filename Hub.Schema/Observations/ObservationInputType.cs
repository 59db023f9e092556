using GraphQL.Types;
using Hub.Data.Observations;
using Hub.Schema.Scalars;

namespace Hub.Schema.Observations;

public sealed class ObservationInputType : InputObjectGraphType
{
    public ObservationInputType()
    {
        Name = "ObservationInput";
        Description = "One figure to store for a month (\"2024-11\") or a year (\"2024\").";
        Field<NonNullGraphType<IdGraphType>>("stationId");
        Field<NonNullGraphType<StringGraphType>>("indicator").Description("An indicator code of the catalogue, e.g. volunteer_hours.");
        Field<NonNullGraphType<PeriodGraphType>>("period");
        Field<NonNullGraphType<DecimalGraphType>>("value").Description($"At most four decimal places and {ObservationIngestion.MaxValue:N0} in size.");
        Field<IntGraphType>("expectedVersion").Description("Store only if the figure is still at this version (0: only if none is stored yet).");
        Field<ObservationStatusType>("status").Description("NORMAL unless given.");
        Field<StringGraphType>("note").Description($"At most {ObservationIngestion.MaxNoteLength} characters.");
    }
}
