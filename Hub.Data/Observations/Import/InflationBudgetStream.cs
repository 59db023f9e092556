namespace Hub.Data.Observations.Import;

/// <summary>
/// A read-only view of an inflating zip entry that counts the bytes it yields against a budget shared by every
/// entry of the workbook: the sizes a zip declares can lie, the bytes that come out of the inflater cannot.
/// </summary>
internal sealed class InflationBudgetStream(Stream inner, InflationBudget budget) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        // Never ask for more than the budget has left (plus one byte to notice going over), so one call
        // cannot inflate far past it.
        var allowed = (int)Math.Min(buffer.Length, budget.Remaining + 1);
        var read = inner.Read(buffer[..allowed]);
        budget.Spend(read);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
