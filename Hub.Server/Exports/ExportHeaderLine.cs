namespace Hub.Server.Exports;

/// <summary>One line of the block above a workbook's table: what the export shows, for whom and when.</summary>
public sealed record ExportHeaderLine(string Label, string Value);
