namespace Hub.Data.Observations;

/// <summary>
/// A value from the caller's input quoted back in an error message, cut to <see cref="MaxLength"/> characters: a
/// message names the faulty cell, it does not carry a 300 MB cell back to the client.
/// </summary>
public static class EchoedText
{
    public const int MaxLength = 200;

    public static string Of(string? text) =>
        text is null ? "" : text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength), "…");
}
