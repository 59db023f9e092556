using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Hub.Schema.Errors;

namespace Hub.Schema.Relay;

/// <summary>Opaque global ids: base64url of "TypeName:databaseId". Clients must not parse them.</summary>
public readonly record struct GlobalId(string TypeName, int Id)
{
    public override string ToString() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{TypeName}:{Id}")));

    public static string Of(string typeName, int id) => new GlobalId(typeName, id).ToString();

    public static bool TryParse(string? text, out GlobalId id)
    {
        id = default;
        if (string.IsNullOrEmpty(text) || text.Length > 100)
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !int.TryParse(decoded.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        id = new GlobalId(decoded[..colon], value);
        return true;
    }

    /// <summary>The database id of <paramref name="text"/> when it is a global id of <paramref name="typeName"/>, otherwise null.</summary>
    public static int? IdOf(string? text, string typeName) =>
        TryParse(text, out var id) && id.TypeName == typeName ? id.Id : null;

    /// <summary>The database id of a global id that must name <paramref name="typeName"/>; a clear error otherwise.</summary>
    public static int Expect(string? text, string typeName, string argumentName = "id") =>
        TryParse(text, out var id) && id.TypeName == typeName
            ? id.Id
            : throw new HubUserInputException($"\"{text}\" is not a {typeName} id (argument \"{argumentName}\").");
}
