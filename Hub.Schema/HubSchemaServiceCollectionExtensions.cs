using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using Hub.Data;
using Hub.Schema.Access;
using Hub.Schema.Comparisons;
using Hub.Schema.DataLoaders;
using Hub.Schema.Diagnostics;
using Hub.Schema.Execution;
using Hub.Schema.Indicators;
using Hub.Schema.Limits;
using Hub.Schema.Mapping;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Schema;

public static class HubSchemaServiceCollectionExtensions
{
    /// <summary>
    /// Registers the GraphQL schema, its graph types, the request-scoped DataLoaders, the AutoMapper read-model maps
    /// and the diagnostics settings ("Hub:Diagnostics").
    /// </summary>
    public static IServiceCollection AddHubSchema(this IServiceCollection services)
    {
        services.AddOptions<HubDiagnosticsOptions>()
            .BindConfiguration(HubDiagnosticsOptions.Section)
            .ValidateKeys(HubDiagnosticsOptions.Section)
            .ValidateOnStart();
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<HubSchema>()
            // Chinese names stay readable in responses instead of \uXXXX escapes.
            .AddSystemTextJson(json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(HubSchema).Assembly)

            // Resolvers of one request share its DbContext, which is not thread-safe; DataLoaders
            // still batch every level, so serial execution costs no extra round trips.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            // Each event of a subscription runs in a DI scope of its own (a fresh DbContext and DataLoader
            // caches), serially: a subscription that lives for hours neither grows caches nor reads stale ones.
            .AddScopedSubscriptionExecutionStrategy()
            .AddDocumentListener<SqlStatementsListener>(GraphQL.DI.ServiceLifetime.Singleton)
            .AddDocumentListener<CallerListener>(GraphQL.DI.ServiceLifetime.Singleton)
            .AddDocumentListener<RequestConnectionListener>(GraphQL.DI.ServiceLifetime.Singleton)
            .AddHubLimits()
            .AddErrorInfoProvider(options => options.ExposeExceptionDetails = false)
            .ConfigureExecutionOptions(options =>
            {
                // Clients get a generic message; operators get the exception in the log.
                var logger = options.RequestServices?.GetService<ILogger<HubSchema>>();
                options.UnhandledExceptionDelegate = context =>
                {
                    logger?.LogError(context.OriginalException, "Resolver failed: {Message}", context.ErrorMessage);
                    return Task.CompletedTask;
                };
            }));

        services.AddScoped<RequestConnection>();
        foreach (var loader in typeof(HubSchema).Assembly.GetTypes().Where(IsConcreteDataLoader))
        {
            services.AddScoped(loader);
        }

        services.AddScoped(typeof(EntityByIdDataLoader<>));
        services.AddScoped<IndicatorDirectory>();
        services.AddScoped<AccessRules>();
        services.AddScoped<CellSuppression>();
        services.AddSingleton<SuppressionDecisionCache>();
        services.AddScoped<ComparisonComputation>();
        services.AddHubMapping();
        return services;
    }

    private static bool IsConcreteDataLoader(Type type) =>
        type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
        && IsBatchDataLoader(type.BaseType);

    private static bool IsBatchDataLoader(Type? type) =>
        type is not null && ((type.IsGenericType && type.GetGenericTypeDefinition() == typeof(BatchDataLoader<,>)) || IsBatchDataLoader(type.BaseType));
}
