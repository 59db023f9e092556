using GraphQL.Execution;
using Hub.Data.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Schema.Diagnostics;

/// <summary>Reports the request's SQL statement count in the response extensions, so N+1 shows up from outside.</summary>
public sealed class SqlStatementsListener(IOptions<HubDiagnosticsOptions> options) : DocumentExecutionListenerBase
{
    public override Task AfterExecutionAsync(IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (options.Value.ReportSqlStatements && context.RequestServices?.GetService<SqlStatementCounter>() is { } counter)
        {
            context.OutputExtensions["sqlStatements"] = counter.Count;
        }

        return Task.CompletedTask;
    }
}
