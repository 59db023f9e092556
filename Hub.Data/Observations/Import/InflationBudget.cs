namespace Hub.Data.Observations.Import;

/// <summary>The uncompressed bytes a workbook's parts may still inflate to; see <see cref="InflationBudgetStream"/>.</summary>
internal sealed class InflationBudget(long maxBytes)
{
    private long spent;

    public long Remaining => Math.Max(0, maxBytes - spent);

    public void Spend(int bytes)
    {
        spent += bytes;
        if (spent > maxBytes)
        {
            throw new SheetLimitExceededException(
                $"The workbook inflates to more than {maxBytes / (1024 * 1024)} MB of spreadsheet data; a monthly report needs far less. Save it again from Excel, or split it.");
        }
    }
}
