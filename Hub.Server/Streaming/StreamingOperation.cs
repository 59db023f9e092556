using GraphQL;

namespace Hub.Server.Streaming;

/// <summary>
/// What a streaming transport sends for one operation: a subscription's <see cref="Stream"/> of results, or the
/// one <see cref="Result"/> of a query, a mutation, or a request refused before execution.
/// </summary>
/// <param name="Result">The single result; null when the operation is a stream.</param>
/// <param name="Stream">The subscription's results, one per event, until the feed completes.</param>
/// <param name="FailedBeforeExecution">
/// True when the request was refused before execution (parse or validation errors, unknown operation): the
/// protocols send these as an error message rather than as a result.
/// </param>
internal sealed record StreamingOperation(ExecutionResult? Result, IObservable<ExecutionResult>? Stream, bool FailedBeforeExecution);
