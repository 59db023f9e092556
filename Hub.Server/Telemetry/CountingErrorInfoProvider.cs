using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace Hub.Server.Telemetry;

/// <summary>
/// GraphQL.NET's error info provider, counting each error by its code as the serializer writes it: every GraphQL
/// response of the hub, over every transport and from the middleware in front of the endpoints (rate limits, bad
/// credentials, the database breaker), is written by that one serializer, so errors are counted once, and only
/// those a client was sent. The options are those Hub.Schema configured, so nothing else of the output changes.
/// </summary>
internal sealed class CountingErrorInfoProvider(IOptions<ErrorInfoProviderOptions> options, HubMetrics metrics)
    : ErrorInfoProvider(options.Value)
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);
        metrics.RecordError(executionError.Code);
        return base.GetInfo(executionError);
    }
}
