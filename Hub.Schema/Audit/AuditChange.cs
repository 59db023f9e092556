using System.Text.Json;
using Hub.Data.Model;
using Hub.Data.Observations;
using Hub.Data.Periods;
using Hub.Schema.Relay;

namespace Hub.Schema.Audit;

/// <summary>
/// One row a mutation touched, its key and values as JSON text (null before a row was created, after it was deleted),
/// and what a reader needs to understand it without the database: the station and indicator it is about, an
/// observation's period and value, the row's global id.
/// </summary>
public sealed record AuditChange(string Entity, string State, string Key, string? Before, string? After)
{
    /// <summary>The station the row belongs to (a station row: itself), as its values name it after the mutation, else before.</summary>
    public int? StationId { get; init; }

    public int? IndicatorId { get; init; }

    /// <summary>An observation's period; read from the stored key, so entries written before PeriodText existed show it too.</summary>
    public ReportingPeriod? Period { get; init; }

    /// <summary>An observation's figure after the mutation (before it, for a deleted row).</summary>
    public decimal? Value { get; init; }

    /// <summary>An observation's figure before the mutation; null for a row it created.</summary>
    public decimal? ValueBefore { get; init; }

    /// <summary>The Relay id of the row when its entity is a node type; null for rows the API has no node for (observations, indicators).</summary>
    public string? GlobalId { get; init; }

    /// <summary>One element of an entry's Changes JSON: { entity, state, key, before, after }.</summary>
    public static AuditChange From(JsonElement change)
    {
        var entity = change.GetProperty("entity").GetString()!;
        var key = change.GetProperty("key");
        var before = change.GetProperty("before");
        var after = change.GetProperty("after");
        var latest = after.ValueKind == JsonValueKind.Object ? after : before;
        var observation = entity == nameof(Observation);
        return new AuditChange(entity, change.GetProperty("state").GetString()!, key.GetRawText(), Raw(before), Raw(after))
        {
            StationId = Int(latest, entity == nameof(Station) ? nameof(Station.Id) : nameof(Observation.StationId)),
            IndicatorId = Int(latest, entity == nameof(Indicator) ? nameof(Indicator.Id) : nameof(Observation.IndicatorId)),
            Period = observation && Int(latest, nameof(Observation.Period)) is { } period ? ReportingPeriod.FromKey(period) : null,
            Value = observation ? Figure(latest) : null,
            ValueBefore = observation ? Figure(before) : null,
            GlobalId = NodeQueries.IsNodeType(entity) && Int(key, "Id") is { } id && key.EnumerateObject().Count() == 1
                ? Relay.GlobalId.Of(entity, id)
                : null,
        };
    }

    private static string? Raw(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetRawText();

    private static int? Int(JsonElement values, string name) =>
        values.ValueKind == JsonValueKind.Object && values.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : null;

    // From the stored scaled integer, which every entry has, not from the "Value" written beside it.
    private static decimal? Figure(JsonElement values) =>
        values.ValueKind == JsonValueKind.Object && values.TryGetProperty(nameof(Observation.ScaledValue), out var scaled) && scaled.TryGetInt64(out var number)
            ? ScaledDecimal.FromScaled(number)
            : null;
}
