namespace Hub.Server.Streaming;

public static class StreamingServiceCollectionExtensions
{
    /// <summary>Registers what the streaming transports (graphql-transport-ws, graphql-sse) share: the operation runner.</summary>
    public static IServiceCollection AddHubStreaming(this IServiceCollection services)
    {
        services.AddSingleton<StreamingOperationRunner>();
        return services;
    }
}
