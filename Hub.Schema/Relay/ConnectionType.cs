using GraphQL.Types;

namespace Hub.Schema.Relay;

/// <summary><c>XConnection { edges { cursor node } nodes pageInfo totalCount }</c> for a node type X.</summary>
public sealed class ConnectionType<TNodeType, TNode> : ObjectGraphType<Connection<TNode>>
    where TNodeType : IGraphType
{
    public ConnectionType()
    {
        Name = $"{NodeTypeNames.Of<TNodeType>()}Connection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType, TNode>>>>>("edges").Resolve(context => context.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The nodes of the edges, for clients that need no cursors.")
            .Resolve(context => context.Source.Edges.Select(edge => edge.Node));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Rows in the whole connection (all pages). Counted only when asked for.")
            .ResolveAsync(async context => await context.Source.TotalCount(context.CancellationToken));
    }
}
