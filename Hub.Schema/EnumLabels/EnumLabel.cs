namespace Hub.Schema.EnumLabels;

/// <summary>What people read for one enum value: Chinese first (the pages' language), English beside it.</summary>
public sealed record EnumLabel(string Zh, string En);
