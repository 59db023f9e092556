namespace Hub.Data.RegistryWorkbook;

/// <summary>The outcome of a registry import: the counts of every sheet read, or every fault found (and then nothing is stored).</summary>
public sealed record RegistryWorkbookResult(IReadOnlyList<RegistrySheetCount> Sheets, IReadOnlyList<RegistryWorkbookError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public int Created => Sheets.Sum(s => s.Created);

    public int Updated => Sheets.Sum(s => s.Updated);

    public int Unchanged => Sheets.Sum(s => s.Unchanged);
}
