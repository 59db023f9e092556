using GraphQL.Types;
using Hub.Schema.Mutation;
using Hub.Schema.Query;

namespace Hub.Schema;

public sealed class HubSchema : GraphQL.Types.Schema
{
    public HubSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "DataHub: every social work station (社工站) of a city, province or country behind one schema.";
    }
}
