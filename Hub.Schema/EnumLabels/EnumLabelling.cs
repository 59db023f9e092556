using GraphQL.Types;

namespace Hub.Schema.EnumLabels;

/// <summary>
/// Puts the labels kept beside an enum's graph type onto its values: each value's description (so GraphiQL and
/// code generators show them) and its metadata (which <c>enumLabels</c> reads). A value without a label stops the
/// schema from being built, so a new value cannot reach a page unlabelled.
/// </summary>
public static class EnumLabelling
{
    private const string MetadataKey = "hub:label";

    public static void Labelled<TEnum>(this EnumerationGraphType type, IReadOnlyDictionary<TEnum, EnumLabel> labels)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(labels);
        foreach (var value in type.Values)
        {
            if (value.Value is not TEnum key || !labels.TryGetValue(key, out var label))
            {
                throw new InvalidOperationException($"The enum value {type.Name}.{value.Name} has no label; add it beside {type.GetType().Name}.");
            }

            value.Description ??= $"{label.Zh} · {label.En}";
            value.Metadata[MetadataKey] = label;
        }
    }

    /// <summary>The enum's labels, or null when its graph type keeps none.</summary>
    public static EnumLabelSet? LabelsOf(EnumerationGraphType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var values = type.Values.ToList();
        if (values.Count == 0 || !values.All(v => v.Metadata.ContainsKey(MetadataKey)))
        {
            return null;
        }

        return new EnumLabelSet(type.Name, values.Select(v => (v.Name, Label: (EnumLabel)v.Metadata[MetadataKey]!))
            .Select(v => new EnumValueLabel(v.Name, v.Label.Zh, v.Label.En)).ToList());
    }
}
