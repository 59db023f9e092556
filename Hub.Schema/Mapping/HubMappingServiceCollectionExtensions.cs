using AutoMapper;
using AutoMapper.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Schema.Mapping;

public static class HubMappingServiceCollectionExtensions
{
    /// <summary>Bounds every map's depth: GHSA-rvv3-g6hj-g44x (unbounded recursion) has no fix in AutoMapper 14, the last MIT release.</summary>
    public const int MaxDepth = 4;

    public static IServiceCollection AddHubMapping(this IServiceCollection services)
    {
        var configuration = new MapperConfiguration(
            mapping =>
            {
                mapping.AddMaps(typeof(HubMappingServiceCollectionExtensions).Assembly);
                mapping.Internal().ForAllMaps((_, map) => map.MaxDepth(MaxDepth));
            });
        configuration.AssertConfigurationIsValid();
        services.AddSingleton<IConfigurationProvider>(configuration);
        services.AddSingleton<IMapper>(provider => new Mapper(provider.GetRequiredService<IConfigurationProvider>(), provider.GetService));
        return services;
    }
}
