using Hub.Data;

namespace Hub.Server.Exports;

public static class ExportServiceCollectionExtensions
{
    /// <summary>The exports (comparison, series, a connection page) and their settings (<c>Hub:Exports</c>), checked when the host starts.</summary>
    public static IServiceCollection AddHubExports(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ExportOptions>()
            .BindConfiguration(ExportOptions.Section)
            .ValidateKeys(ExportOptions.Section)
            .ValidateOnStart();
        services.AddSingleton<ExportKind, ComparisonExport>();
        services.AddSingleton<ExportKind, SeriesExport>();
        services.AddSingleton<ExportKind, PageExport>();
        return services;
    }
}
