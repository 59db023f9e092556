using GraphQL.Types;
using Hub.Schema.Mutation;
using Hub.Schema.Query;
using Hub.Schema.Subscription;

namespace Hub.Schema;

public sealed class HubSchema : GraphQL.Types.Schema
{
    public HubSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Description = "DataHub: every social work station (社工站) of a city, province or country behind one schema.";
    }
}
