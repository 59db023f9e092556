namespace Hub.Schema.Relay;

/// <summary>One page of a connection. <see cref="TotalCount"/> runs only when a client selects <c>totalCount</c>.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, Func<CancellationToken, Task<int>> TotalCount);
