using Hub.Data.Model;

namespace Hub.Data.ApiKeys;

/// <summary>A key just made, with the only copy of its text; or why none was made.</summary>
public sealed record ApiKeyCreation(ApiKey? Key, string? Text, string? Problem)
{
    public static ApiKeyCreation Refused(string problem) => new(null, null, problem);

    /// <summary>Never the key's text: records print into logs and test output.</summary>
    public override string ToString() => Key is null ? $"refused: {Problem}" : $"key {Key.Name} ({Key.PublicId})";
}
