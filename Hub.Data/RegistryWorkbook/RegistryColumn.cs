namespace Hub.Data.RegistryWorkbook;

/// <summary>
/// One column of a registry sheet: its Chinese header (what the export writes), the English one an import also accepts,
/// and the input field of the API it fills, so that a registry's field error lands in this column.
/// </summary>
public sealed record RegistryColumn(string Header, string EnglishHeader, string Field, bool IsKey = false);
