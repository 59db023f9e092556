namespace Hub.Data.RegistryWorkbook;

/// <summary>How far an import is: rows done of all the workbook's rows, and the sheet it is reading.</summary>
public sealed record RegistryImportProgress(string Sheet, int RowsDone, int RowsTotal);
