namespace Hub.Schema.EnumLabels;

/// <summary>A schema enum whose values people see, with the label of every value in the schema's order.</summary>
public sealed record EnumLabelSet(string Name, IReadOnlyList<EnumValueLabel> Values);
