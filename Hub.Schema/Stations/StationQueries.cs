using GraphQL;
using GraphQL.Types;
using Hub.Data.Model;
using Hub.Data.Stations;
using Hub.Schema.Execution;
using Hub.Schema.Relay;

namespace Hub.Schema.Stations;

public static class StationQueries
{
    public static void AddStationQueries(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.ConnectionField<object?, StationType, Station, StationFilterInputType, StationSortInputType>("stations", (context, request) =>
                context.Rows<Station>().ToConnectionAsync(request, context.CancellationToken))
            .Description("Stations, by name unless ordered otherwise.");
        query.Field<StationType>("station")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => context.Service<StationsByIdDataLoader>().Load(GlobalId.Expect(context.GetArgument<string>("id"), "Station")));
        query.Field<StationType>("stationByCode")
            .Description("The station with this code (\"370102002000-01\"); letter case does not matter. Null when no station has it.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Resolve(context => StationCode.Normalize(context.GetArgument<string>("code")) is { } code
                ? context.Service<StationsByCodeDataLoader>().Load(code)
                : null);
    }
}
