namespace Hub.Data.Observations.Import;

/// <summary>
/// Why a file was refused: <see cref="Row"/> is the spreadsheet's own row number (the header is row 1;
/// 0 for the file as a whole) and <see cref="Column"/> the header of the cell at fault, as the file spells it.
/// </summary>
public sealed record ObservationImportError(int Row, string? Column, ObservationProblem Problem, string Message)
{
    public override string ToString() =>
        (Row, Column) switch
        {
            (0, null) => Message,
            (0, _) => $"column {Column}: {Message}",
            (_, null) => $"row {Row}: {Message}",
            _ => $"row {Row}, column {Column}: {Message}",
        };
}
