namespace Hub.Schema.DataLoaders;

/// <summary>A child row with the key of the parent it belongs to, as one batched query returns it.</summary>
public sealed record KeyedRow<TEntity>(int Key, TEntity Row);
