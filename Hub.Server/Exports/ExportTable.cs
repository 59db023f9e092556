namespace Hub.Server.Exports;

/// <summary>
/// What an export writes: the header block (XLSX only; a CSV is the bare table so that any reader parses it), the
/// column headers and the rows. A cell is a number, a text or null (missing, written empty).
/// </summary>
public sealed record ExportTable(
    string FileStem,
    string SheetName,
    IReadOnlyList<ExportHeaderLine> Header,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>The text of a cell hidden by small-cell suppression; a missing cell (nobody reported) stays empty.</summary>
    public const string Suppressed = "已隐藏 suppressed";

    /// <summary>The note every header block ends with, so that a reader of the file knows what the empty and marked cells mean.</summary>
    public const string CellNote =
        "标为“已隐藏 suppressed”的单元格因小单元格保护不予公开；空白单元格表示缺失（没有站点上报，不是零），由它推算的排名、变化和人均数也为空。"
        + " Cells marked \"已隐藏 suppressed\" are hidden by small-cell suppression; empty cells are missing (no station reported, not zero), and so are the ranks, changes and per-capita figures derived from them.";
}
