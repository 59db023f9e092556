using System.Data.Common;

namespace Hub.Data.Synthetic;

/// <summary>Rows of every table ready to insert, in table (foreign-key) order.</summary>
internal abstract class DatabaseRowBatch
{
    public abstract int Rows { get; }

    /// <summary>Inserts the rows in one transaction, calling <paramref name="written"/> with each group of rows as it lands.</summary>
    public abstract Task WriteAsync(DbConnection connection, Action<SyntheticTable, int> written, CancellationToken cancellationToken);
}
