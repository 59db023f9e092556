using GraphQL;
using GraphQL.Types;
using Hub.Data.Model;
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
    }
}
