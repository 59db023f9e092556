namespace Hub.Schema.Relay;

internal static class NodeTypeNames
{
    /// <summary>The GraphQL name of a node type class: StationType → Station (for StationConnection, StationEdge).</summary>
    public static string Of<TNodeType>()
    {
        var name = typeof(TNodeType).Name;
        return name.EndsWith("Type", StringComparison.Ordinal) ? name[..^4] : name;
    }
}
