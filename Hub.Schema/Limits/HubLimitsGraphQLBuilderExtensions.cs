using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Schema.Limits;

public static class HubLimitsGraphQLBuilderExtensions
{
    /// <summary>
    /// Puts every request through the <see cref="HubLimitsOptions"/>: the parser's nesting limit, the measurement of
    /// document and variables before validation, and GraphQL.NET's complexity analyzer for depth and cost. The
    /// options come from <c>services.AddHubLimits()</c>, or are the defaults without it.
    /// </summary>
    public static IGraphQLBuilder AddHubLimits(this IGraphQLBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Register(
            typeof(IDocumentBuilder),
            services => new NestingLimitedDocumentBuilder(LimitsOf(services)),
            GraphQL.DI.ServiceLifetime.Singleton,
            replace: true);
        builder.Services.Register(
            typeof(IDocumentValidator),
            services => new DocumentLimitsValidator(new DocumentValidator(), LimitsOf(services)),
            GraphQL.DI.ServiceLifetime.Singleton,
            replace: true);
        builder.AddComplexityAnalyzer((complexity, services) => HubComplexity.Configure(complexity, LimitsOf(services)));
        return builder;
    }

    private static HubLimitsOptions LimitsOf(IServiceProvider services) =>
        services.GetRequiredService<IOptions<HubLimitsOptions>>().Value;
}
