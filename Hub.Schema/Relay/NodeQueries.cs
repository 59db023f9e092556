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

    /// <summary>Whether <paramref name="typeName"/> (an entity's name, which is its GraphQL type's) is a node type, so its rows have global ids.</summary>
    public static bool IsNodeType(string typeName) => Loaders.ContainsKey(typeName);

    public static void AddNodeQueries(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        // A row the caller may not see and a row that does not exist answer alike (null with NOT_FOUND), so that
        // probing ids tells nobody which hidden rows exist; FORBIDDEN would confirm them.
        query.Field<NodeInterface>("node")
            .Description("Fetches any object by its global id; null with a NOT_FOUND error when it does not exist or the caller may not see it.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => new FoundResults(context, [Resolve(context, context.GetArgument<string>("id"))], single: true));
        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Fetches many objects by global id, in the order given; null (with a NOT_FOUND error) for each that does not exist or the caller may not see.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .Resolve(context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                {
                    throw new HubUserInputException($"At most {MaxIds} ids at once; {ids.Count} were given.", HubErrorCodes.ListTooLong);
                }

                var pending = ids.Select(id => Resolve(context, id)).ToList();
                return new FoundResults(context, pending, single: false);
            });
    }

    private static IDataLoaderResult? Resolve(IResolveFieldContext context, string text) =>
        GlobalId.TryParse(text, out var id) && Loaders.TryGetValue(id.TypeName, out var load)
            ? load(context, id.Id)
            : throw new HubUserInputException($"\"{text}\" is not an id this API issued.");

    private static IDataLoaderResult Load<T>(IResolveFieldContext context, int id)
        where T : class =>
        context.Service<EntityByIdDataLoader<T>>().Load(id);

    /// <summary>
    /// Awaits several loader results; every key was queued before the first await, so each loader fetches once. Each
    /// null gets a NOT_FOUND error at its own path.
    /// </summary>
    private sealed class FoundResults(IResolveFieldContext context, IReadOnlyList<IDataLoaderResult?> results, bool single) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<object?>(results.Count);
            foreach (var result in results)
            {
                var value = result is null ? null : await result.GetResultAsync(cancellationToken);
                if (value is null)
                {
                    var path = single ? context.Path : context.Path.Append(values.Count);
                    context.Errors.Add(new ExecutionError("No object with this id exists that you may see.")
                    {
                        Code = HubErrorCodes.NotFound,
                        Path = path.ToList(),
                    });
                }

                values.Add(value);
            }

            return single ? values[0] : values;
        }
    }
}
