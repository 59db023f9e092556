using System.Diagnostics;
using GraphQL;
using Hub.Server.Answers;

namespace Hub.Server.Telemetry;

/// <summary>
/// What one request learns about itself while it is answered (its operations' types, whether they ran and with
/// errors), so that the request is counted once, at the end, with the status it was actually answered with.
/// </summary>
internal sealed class GraphQLRequestMeasurement(HubMetrics? metrics, string transport)
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private string _operationType = GraphQLOperationTypes.Unknown;
    private int _results;
    private bool _executed;
    private bool _hasErrors;
    private bool _failed;

    /// <summary>A result of one of the request's operations (several for a batch).</summary>
    public void Saw(ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _operationType = ++_results == 1 ? GraphQLOperationTypes.Of(result) : GraphQLOperationTypes.Batch;
        _executed |= result.Executed;
        _hasErrors |= result.Errors is { Count: > 0 };
    }

    /// <summary>The request's look into the answer cache, if it had one; a kept answer counts as an executed query.</summary>
    public void Looked(AnswerLookup? lookup)
    {
        if (lookup is null)
        {
            return;
        }

        metrics?.RecordAnswerLookup(lookup.Hit is not null);
        if (lookup.Hit is not null)
        {
            _operationType = GraphQLOperationTypes.Query;
            _results = 1;
            _executed = true;
        }
    }

    /// <summary>The server failed to produce any result: a fault of its own, or the request time-out.</summary>
    public void Failed() => _failed = true;

    /// <summary>Counts the request; <paramref name="status"/> is its HTTP status, null on a socket or stream.</summary>
    public void Record(int? status = null)
    {
        var outcome = status switch
        {
            >= 500 => HubMetrics.Failed,
            >= 400 => HubMetrics.Refused,
            _ when _failed => HubMetrics.Failed,
            _ when !_executed => HubMetrics.Refused,
            _ when _hasErrors => HubMetrics.Errors,
            _ => HubMetrics.Ok,
        };
        metrics?.RecordRequest(transport, _operationType, outcome, status, Stopwatch.GetElapsedTime(_started));
    }
}
