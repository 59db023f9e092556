using GraphQL.Types;
using Hub.Data.Model;
using Hub.Data.Observations;
using Hub.Data.Periods;
using Hub.Schema.DataLoaders;
using Hub.Schema.Execution;
using Hub.Schema.Indicators;
using Hub.Schema.Scalars;
using Hub.Schema.Stations;

namespace Hub.Schema.Observations;

public sealed class ObservationType : ObjectGraphType<Observation>
{
    public ObservationType()
    {
        Name = "Observation";
        Description = "One stored figure: a station's value of an indicator for a month or a year.";
        Field<NonNullGraphType<StationType>>("station").Resolve(context => context.Service<StationsByIdDataLoader>().Load(context.Source.StationId));
        Field<NonNullGraphType<IndicatorType>>("indicator").Resolve(context => context.Service<EntityByIdDataLoader<Indicator>>().Load(context.Source.IndicatorId));
        Field<NonNullGraphType<PeriodGraphType>>("period").Resolve(context => ReportingPeriod.FromKey(context.Source.Period));
        Field<NonNullGraphType<DecimalGraphType>>("value").Resolve(context => ScaledDecimal.FromScaled(context.Source.ScaledValue));
        Field<NonNullGraphType<ObservationStatusType>>("status").Resolve(context => context.Source.Status);
        Field<NonNullGraphType<ObservationSourceType>>("source").Resolve(context => context.Source.Source);
        Field(o => o.Note, nullable: true);
        Field(o => o.Version).Description("Goes up by one with every replacement; state it as expectedVersion to replace only what you read.");
        Field(o => o.UpdatedAt).Description("When the figure was last stored (UTC).");
    }
}
