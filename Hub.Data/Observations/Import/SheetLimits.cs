namespace Hub.Data.Observations.Import;

/// <summary>
/// What a spreadsheet may hold before reading it stops: each bound is checked while reading, so a hostile file
/// (a zip bomb, one enormous cell, a sheet whose last row is row 100,000,000) costs no more than these allow.
/// </summary>
/// <param name="MaxRowNumber">The highest spreadsheet row number, blank rows included.</param>
/// <param name="MaxColumns">The widest a row may be, counted up to its last cell that holds anything.</param>
/// <param name="MaxCellCharacters">The longest text of one cell.</param>
/// <param name="MaxUncompressedBytes">What the parts of an XLSX workbook that are read may inflate to, all together.</param>
internal sealed record SheetLimits(int MaxRowNumber, int MaxColumns, int MaxCellCharacters, long MaxUncompressedBytes)
{
    /// <summary>Room for a batch of figures, its header and as many blank rows again; far more than any monthly report.</summary>
    public static SheetLimits For(int maxRows) => new(
        MaxRowNumber: 2 * maxRows + 1,
        MaxColumns: 64,
        MaxCellCharacters: 2_000,
        MaxUncompressedBytes: 64L * 1024 * 1024);
}
