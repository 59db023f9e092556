namespace Hub.Data.RegistryWorkbook;

/// <summary>What an import did with one sheet's rows.</summary>
public sealed record RegistrySheetCount(string Sheet, int Created, int Updated, int Unchanged);
