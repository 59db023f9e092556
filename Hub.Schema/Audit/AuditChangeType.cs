using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.DataLoaders;
using Hub.Schema.Execution;
using Hub.Schema.Indicators;
using Hub.Schema.Scalars;
using Hub.Schema.Stations;

namespace Hub.Schema.Audit;

public sealed class AuditChangeType : ObjectGraphType<AuditChange>
{
    public AuditChangeType()
    {
        Name = "AuditChange";
        Description = "One row a mutation touched: as stored (key, before, after as JSON) and in the API's terms (station, indicator, period, value, globalId).";
        Field(c => c.Entity).Description("The kind of row: Observation, Activity, ...");
        Field(c => c.State).Description("Added, Modified or Deleted.");
        Field(c => c.Key).Description("The row's key as a JSON object.");
        Field(c => c.Before, nullable: true).Description("The row's stored values before the mutation, as a JSON object; null for a row it created.");
        Field(c => c.After, nullable: true).Description("The row's values after the mutation, as a JSON object; null for a row it deleted.");
        Field<IdGraphType>("globalId").Description("The row's global id (as node(id:) takes it) when its kind is a node type: Station, Project, Brand, Activity, ...; null for other rows (observations).")
            .Resolve(context => context.Source.GlobalId);

        // Loaded, not copied from the JSON: the station as it is now, many entries' stations in one statement, and
        // only what the caller may see of it.
        Field<StationType>("station").Description("The station the row belongs to (for a station row, that station), as it is now; null when the row names no station or the station no longer exists.")
            .Resolve(context => context.Source.StationId is { } id ? context.Service<StationsByIdDataLoader>().Load(id) : null);
        Field<IndicatorType>("indicator").Description("The indicator of an observation (or of an indicator row); null for rows of no indicator.")
            .Resolve(context => context.Source.IndicatorId is { } id ? context.Service<EntityByIdDataLoader<Indicator>>().Load(id) : null);
        Field<PeriodGraphType>("period").Description("An observation's period as the API spells it (\"2024-11\", \"2024\"); null for other rows.")
            .Resolve(context => context.Source.Period);
        Field<DecimalGraphType>("value").Description("An observation's figure after the mutation (for a deleted one, before it), as reported; null for other rows.")
            .Resolve(context => context.Source.Value);
        Field<DecimalGraphType>("valueBefore").Description("An observation's figure before the mutation; null for one it created and for other rows.")
            .Resolve(context => context.Source.ValueBefore);
    }
}
