using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Schema.Access;

/// <summary>
/// Binds the request's <see cref="AccessRules"/> to the caller its credentials prove, before any resolver runs, so
/// that DataLoaders (which see services, not the resolve context) apply the same rules as the fields.
/// </summary>
public sealed class CallerListener : DocumentExecutionListenerBase
{
    public override Task BeforeExecutionAsync(IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RequestServices?.GetService<AccessRules>()?.Bind(HubCaller.From(context.User));
        return Task.CompletedTask;
    }
}
