using GraphQL.Introspection;
using GraphQL.Types;
using Hub.Schema.Mutation;
using Hub.Schema.Query;
using Hub.Schema.Scalars;
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

        // Introspection as of the October 2021 spec, which graphql-js's getIntrospectionQuery asks for.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
    }

    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        switch (graphType)
        {
            case __Type type:
                SpecifiedByUrlField.AddTo(type);
                break;
            case __Directive directive:
                DirectiveArgumentsDeprecation.AddTo(directive);
                break;
        }

        base.OnBeforeInitializeType(graphType);
    }
}
