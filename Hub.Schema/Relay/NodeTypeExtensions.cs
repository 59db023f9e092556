using GraphQL.Types;

namespace Hub.Schema.Relay;

public static class NodeTypeExtensions
{
    /// <summary>Makes a type a Relay node: its <c>id</c> is the global id of <paramref name="databaseId"/>.</summary>
    public static void IsNode<T>(this ObjectGraphType<T> type, Func<T, int> databaseId)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Interface<NodeInterface>();
        type.IsTypeOf = source => source is T;
        var typeName = type.Name;
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Opaque global id.")
            .Resolve(context => GlobalId.Of(typeName, databaseId(context.Source)));
    }
}
