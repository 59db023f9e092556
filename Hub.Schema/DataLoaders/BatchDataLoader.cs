using GraphQL.DataLoader;

namespace Hub.Schema.DataLoaders;

/// <summary>
/// Collects the keys that resolvers ask for while one level of the query executes, then fetches
/// them all in one call when the first result is awaited; results are cached for the rest of the
/// request (a loader is a scoped service: one per request).
/// </summary>
public abstract class BatchDataLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TaskCompletionSource<TValue>> _entries = [];
    private readonly List<TKey> _pending = [];
    private readonly Lock _gate = new();

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out var entry))
            {
                entry = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
                _entries.Add(key, entry);
                _pending.Add(key);
            }

            return new Pending(this, entry);
        }
    }

    /// <summary>Fetches every key in one round trip. Keys absent from the result get <see cref="Missing"/>.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <summary>The value of a key the fetch did not return (null for a single object, empty for a list).</summary>
    protected abstract TValue Missing(TKey key);

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        TKey[] keys;
        lock (_gate)
        {
            keys = [.. _pending];
            _pending.Clear();
        }

        if (keys.Length == 0)
        {
            return;
        }

        try
        {
            var found = await FetchAsync(keys, cancellationToken);
            foreach (var key in keys)
            {
                _entries[key].TrySetResult(found.TryGetValue(key, out var value) ? value : Missing(key));
            }
        }
        catch (Exception exception)
        {
            foreach (var key in keys)
            {
                _entries[key].TrySetException(exception);
            }

            throw;
        }
    }

    private sealed class Pending(BatchDataLoader<TKey, TValue> loader, TaskCompletionSource<TValue> entry) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (!entry.Task.IsCompleted)
            {
                await loader.DispatchAsync(cancellationToken);
            }

            return await entry.Task;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
