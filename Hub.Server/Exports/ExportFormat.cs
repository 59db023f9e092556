namespace Hub.Server.Exports;

/// <summary>A file format an export is written in: its extension in the path and its media type.</summary>
public sealed record ExportFormat(string Extension, string ContentType)
{
    public static ExportFormat Xlsx { get; } = new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /// <summary>UTF-8 with a BOM: without it Excel reads the file in the machine's code page and garbles Chinese.</summary>
    public static ExportFormat Csv { get; } = new("csv", "text/csv; charset=utf-8");

    public static IReadOnlyList<ExportFormat> All { get; } = [Xlsx, Csv];
}
