namespace Hub.Data.Observations.Import;

/// <summary>One row of a sheet: its number in the spreadsheet (the header is row 1) and its cells, left to right.</summary>
internal sealed record ObservationSheetRow(int Number, IReadOnlyList<object?> Cells)
{
    public bool IsBlank => Cells.All(cell => cell is null || (cell is string text && string.IsNullOrWhiteSpace(text)));
}
