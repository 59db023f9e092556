namespace Hub.Server.Exports;

/// <summary>Maps the export endpoints.</summary>
public static class ExportEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves <c>GET {prefix}/comparison</c>, <c>/series</c> and <c>/page</c>, each as <c>.xlsx</c> and <c>.csv</c>. Each runs
    /// behind the same authentication, rate limits and CORS as <c>/graphql</c> when the caller chains them onto the
    /// returned builder. Needs <c>services.AddHubExports()</c>.
    /// </summary>
    public static IEndpointConventionBuilder MapHubExports(this IEndpointRouteBuilder endpoints, string prefix = "/export")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(prefix);
        foreach (var kind in endpoints.ServiceProvider.GetServices<ExportKind>())
        {
            foreach (var format in ExportFormat.All)
            {
                var endpoint = ActivatorUtilities.CreateInstance<ExportEndpoint>(endpoints.ServiceProvider, kind, format);
                group.MapGet($"/{kind.Name}.{format.Extension}", endpoint.HandleAsync).WithDisplayName($"Export {kind.Name} as {format.Extension}");
            }
        }

        return group;
    }
}
