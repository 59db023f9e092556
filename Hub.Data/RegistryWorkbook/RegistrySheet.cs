namespace Hub.Data.RegistryWorkbook;

/// <summary>One sheet of the registry workbook: its Chinese name (what the export writes), its English name, and its columns.</summary>
public sealed record RegistrySheet(string Name, string EnglishName, IReadOnlyList<RegistryColumn> Columns)
{
    public RegistryColumn? ColumnOf(string header)
    {
        var text = header.Trim();
        return Columns.FirstOrDefault(c => c.Header == text || string.Equals(c.EnglishHeader, text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The column an API field's error belongs in; the sheet's first key column when no column carries the field.</summary>
    public RegistryColumn ColumnForField(string field)
    {
        var name = field.Split('[', '.')[0];
        return Columns.FirstOrDefault(c => c.Field == name) ?? Columns.First(c => c.IsKey);
    }
}
