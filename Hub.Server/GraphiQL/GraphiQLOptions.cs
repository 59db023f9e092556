namespace Hub.Server.GraphiQL;

/// <summary>Settings of the GraphiQL IDE, bound from the <c>Hub:GraphiQL</c> configuration section.</summary>
public sealed class GraphiQLOptions
{
    public const string Section = "Hub:GraphiQL";

    /// <summary>
    /// Whether GET /graphql answers browsers with the IDE. Off, a browser gets what any other client gets
    /// from the GraphQL endpoint; the IDE's files stay in the assembly but are not served.
    /// </summary>
    public bool Enabled { get; set; } = true;
}
