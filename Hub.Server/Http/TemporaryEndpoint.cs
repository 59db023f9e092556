using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;

namespace Hub.Server.Http;

public static class TemporaryEndpoint
{
    public static IServiceCollection AddHubHttp(this IServiceCollection services) => services;

    public static IEndpointConventionBuilder MapHubGraphQL(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/graphql", async (HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer) =>
        {
            var request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
            var result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = request!.Query,
                Variables = request.Variables,
                OperationName = request.OperationName,
                RequestServices = http.RequestServices,
                CancellationToken = http.RequestAborted,
            });
            http.Response.ContentType = "application/json";
            await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
        });
}
