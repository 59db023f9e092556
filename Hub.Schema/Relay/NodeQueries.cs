using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.DataLoaders;
using Hub.Schema.Errors;
using Hub.Schema.Execution;

namespace Hub.Schema.Relay;

public static class NodeQueries
{
    /// <summary>Most ids one <c>nodes(ids:)</c> call may ask for: as many as the largest page of a connection.</summary>
    public const int MaxIds = PageRequest.MaxPageSize;

    /// <summary>The node types <c>node(id:)</c> can fetch, by GraphQL type name.</summary>
    private static readonly Dictionary<string, Func<IResolveFieldContext, int, IDataLoaderResult>> Loaders = new(StringComparer.Ordinal)
    {
        ["Region"] = Load<Region>,
        ["Station"] = Load<Station>,
        ["Organization"] = Load<Organization>,
        ["Brand"] = Load<Brand>,
        ["Project"] = Load<Project>,
        ["ResourcePartner"] = Load<ResourcePartner>,
        ["Contribution"] = Load<Contribution>,
        ["VolunteerTeam"] = Load<VolunteerTeam>,
        ["CommunityFund"] = Load<CommunityFund>,
        ["Award"] = Load<Award>,
        ["MediaReport"] = Load<MediaReport>,
        ["Activity"] = Load<Activity>,
    };

    public static void AddNodeQueries(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NodeInterface>("node")
            .Description("Fetches any object by its global id; null when it does not exist.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => Resolve(context, context.GetArgument<string>("id")));
        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Fetches many objects by global id, in the order given; null for each that does not exist.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .Resolve(context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                {
                    throw new HubUserInputException($"At most {MaxIds} ids at once; {ids.Count} were given.", HubErrorCodes.ListTooLong);
                }

                var pending = ids.Select(id => Resolve(context, id)).ToList();
                return new AllResults(pending);
            });
    }

    private static IDataLoaderResult? Resolve(IResolveFieldContext context, string text) =>
        GlobalId.TryParse(text, out var id) && Loaders.TryGetValue(id.TypeName, out var load)
            ? load(context, id.Id)
            : throw new HubUserInputException($"\"{text}\" is not an id this API issued.");

    private static IDataLoaderResult Load<T>(IResolveFieldContext context, int id)
        where T : class =>
        context.Service<EntityByIdDataLoader<T>>().Load(id);

    /// <summary>Awaits several loader results; every key was queued before the first await, so each loader fetches once.</summary>
    private sealed class AllResults(IReadOnlyList<IDataLoaderResult?> results) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<object?>(results.Count);
            foreach (var result in results)
            {
                values.Add(result is null ? null : await result.GetResultAsync(cancellationToken));
            }

            return values;
        }
    }
}
