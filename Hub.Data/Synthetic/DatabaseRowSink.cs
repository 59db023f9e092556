namespace Hub.Data.Synthetic;

/// <summary>A sink that buffers rows for one database until the writer hands them over as a batch.</summary>
internal abstract class DatabaseRowSink : SyntheticRowSink
{
    public abstract int BufferedRows { get; }

    /// <summary>The rows buffered so far, as a batch to write; the sink starts buffering afresh.</summary>
    public abstract DatabaseRowBatch TakeBatch();
}
