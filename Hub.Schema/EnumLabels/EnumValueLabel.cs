namespace Hub.Schema.EnumLabels;

/// <summary>One value of a labelled enum as <c>enumLabels</c> answers it: its name in the schema and its labels.</summary>
public sealed record EnumValueLabel(string Value, string Zh, string En);
