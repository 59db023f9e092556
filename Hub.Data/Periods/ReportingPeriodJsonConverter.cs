using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hub.Data.Periods;

/// <summary>
/// A period in JSON is its text ("2024-11"), as the API spells it: a filter's canonical key and an audit entry name
/// the period a client sent, never the struct's members (whose Previous/Next would recurse without end).
/// </summary>
public sealed class ReportingPeriodJsonConverter : JsonConverter<ReportingPeriod>
{
    public override ReportingPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReportingPeriod.TryParse(reader.GetString(), out var period)
            ? period
            : throw new JsonException("A period is \"2024\", \"2024-Q4\" or \"2024-11\".");

    public override void Write(Utf8JsonWriter writer, ReportingPeriod value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
