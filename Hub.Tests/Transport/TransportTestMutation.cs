using GraphQL;
using GraphQL.Types;

namespace Hub.Tests.Transport;

/// <summary>A mutation type, so that the mutation-over-GET rules have something to refuse.</summary>
public sealed class TransportTestMutation : ObjectGraphType
{
    public TransportTestMutation()
    {
        Name = "Mutation";
        Field<StringGraphType>("echo")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Resolve(context => context.GetArgument<string>("text"));
    }
}
