using GraphQL.Types;

namespace Hub.Schema.Relay;

public sealed class EdgeType<TNodeType, TNode> : ObjectGraphType<Edge<TNode>>
    where TNodeType : IGraphType
{
    public EdgeType()
    {
        var nodeName = typeof(TNodeType).Name.EndsWith("Type", StringComparison.Ordinal) ? typeof(TNodeType).Name[..^4] : typeof(TNodeType).Name;
        Name = $"{nodeName}Edge";
        Field(e => e.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(context => context.Source.Node);
    }
}
