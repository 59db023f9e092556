using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Transport;

/// <summary>A stand-in for the hub's schema, so the transport is tested apart from the domain.</summary>
public sealed class TransportTestSchema : GraphQL.Types.Schema
{
    public TransportTestSchema(IServiceProvider services)
        : base(services)
    {
        Query = services.GetRequiredService<TransportTestQuery>();
        Mutation = services.GetRequiredService<TransportTestMutation>();
    }
}
