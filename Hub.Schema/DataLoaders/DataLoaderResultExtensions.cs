using GraphQL.DataLoader;

namespace Hub.Schema.DataLoaders;

public static class DataLoaderResultExtensions
{
    /// <summary>
    /// Maps a pending loader result without awaiting it, so the key stays queued with its siblings' and the loader still
    /// fetches the whole level at once; <paramref name="map"/> runs when the value arrives (and may throw a field error).
    /// </summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map) =>
        new Mapped<T, TResult>(result, map);

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> inner, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
