using GraphQL.Types;

namespace Hub.Schema.Relay;

/// <summary>The Relay <c>Node</c> interface: anything with an opaque global id that <c>node(id:)</c> can fetch again.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with an opaque global id, fetchable again through node(id:).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global id.");
    }
}
