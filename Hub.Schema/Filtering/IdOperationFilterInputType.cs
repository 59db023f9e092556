using System.Collections;
using System.Linq.Expressions;
using GraphQL.Types;
using Hub.Schema.Relay;

namespace Hub.Schema.Filtering;

/// <summary>Conditions on a node's global id; the ids are checked to be of the node's type.</summary>
public sealed class IdOperationFilterInputType : InputObjectGraphType
{
    public IdOperationFilterInputType()
    {
        Name = "IdOperationFilterInput";
        Field<IdGraphType>("eq").Description("Is the node with this id.");
        Field<IdGraphType>("neq").Description("Is not the node with this id.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("in").Description($"Is one of the nodes listed (at most {FilterContext.MaxListValues}).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("nin").Description("Is none of the nodes listed.");
    }

    public static Expression Translate(Expression databaseId, IDictionary<string, object?> operations, string nodeTypeName, string path, FilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operations);
        return Predicates.All(operations.Select(pair =>
        {
            var at = $"{path}.{pair.Key}";
            object? ids = pair.Value switch
            {
                null => null,
                string id => GlobalId.Expect(id, nodeTypeName, at),
                IEnumerable list => list.Cast<object?>().Select(id => GlobalId.Expect(id?.ToString(), nodeTypeName, at)).ToList(),
                var other => GlobalId.Expect(other.ToString(), nodeTypeName, at),
            };
            return Predicates.Compare(databaseId, pair.Key, ids, at, context);
        }));
    }
}
