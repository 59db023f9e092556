using System.Collections;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hub.Data.Writes;

namespace Hub.Data.Audit;

/// <summary>
/// Writes the values the audit log keeps (mutation arguments, row snapshots) as JSON. Long strings, such as an
/// imported file's base64 content, are kept as their length and SHA-256: enough to tell which file it was
/// without copying every upload into the log. A value that knows its own summary (<see cref="IAuditValue"/>, an
/// uploaded file) is kept as that summary.
/// </summary>
public static class AuditJson
{
    public const int MaxStringLength = 1000;

    /// <summary>
    /// The log is read by people: Chinese names stay Chinese instead of \uXXXX escapes. It is JSON text in a column,
    /// never HTML, so the relaxed encoder's unescaped HTML characters are harmless here.
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(object? value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(Utf8JsonWriter writer, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case IAuditValue summarized:
                Write(writer, summarized.AuditSummary);
                break;
            case string text when text.Length > MaxStringLength:
                writer.WriteStartObject();
                writer.WriteNumber("length", text.Length);
                writer.WriteString("sha256", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
                writer.WriteEndObject();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int or long or short or byte:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case double or float:
                writer.WriteNumberValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case DateTime time:
                writer.WriteStringValue(DateTime.SpecifyKind(time, DateTimeKind.Utc));
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case Enum named:
                writer.WriteStringValue(named.ToString());
                break;
            case byte[]:
                // No stored column the log copies holds bytes a caller sent; none is worth keeping.
                writer.WriteStringValue("(bytes)");
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (name, item) in map)
                {
                    writer.WritePropertyName(name);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case IFormattable formattable:
                writer.WriteStringValue(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            case IPatch patch:
                Write(writer, patch.IsSet ? patch.BoxedValue : null);
                break;
            case { } input when IsInputRecord(input.GetType()):
                WriteRecord(writer, input);
                break;
            default:
                writer.WriteStringValue(value.ToString());
                break;
        }
    }

    /// <summary>A typed mutation input (a record bound by the schema): written as the API names its fields, a patch with only the fields it sets.</summary>
    private static void WriteRecord(Utf8JsonWriter writer, object input)
    {
        writer.WriteStartObject();
        foreach (var property in input.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract")
            {
                continue;
            }

            var item = property.GetValue(input);
            if (item is IPatch { IsSet: false })
            {
                continue;
            }

            writer.WritePropertyName(JsonNamingPolicy.CamelCase.ConvertName(property.Name));
            Write(writer, item);
        }

        writer.WriteEndObject();
    }

    private static bool IsInputRecord(Type type) =>
        type.Namespace?.StartsWith("Hub.", StringComparison.Ordinal) == true && type.Name.EndsWith("Input", StringComparison.Ordinal);
}
