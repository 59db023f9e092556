using GraphQL;
using GraphQL.Types;

namespace Hub.Tests.Transport;

/// <summary>The smallest query type that exercises the transport: arguments, variables and a failing resolver.</summary>
public sealed class TransportTestQuery : ObjectGraphType
{
    public TransportTestQuery()
    {
        Name = "Query";
        Field<StringGraphType>("hello")
            .Argument<StringGraphType>("name")
            .Resolve(context => $"Hello, {context.GetArgument<string?>("name") ?? "world"}!");
        Field<IntGraphType>("double")
            .Argument<NonNullGraphType<IntGraphType>>("n")
            .Resolve(context => context.GetArgument<int>("n") * 2);
        Field<StringGraphType>("boom")
            .Resolve(_ => throw new InvalidOperationException("connection string Server=secret"));
    }
}
