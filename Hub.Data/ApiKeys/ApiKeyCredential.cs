using System.Security.Cryptography;
using System.Text;

namespace Hub.Data.ApiKeys;

/// <summary>
/// The text of an API key, <c>dhk_&lt;public id&gt;_&lt;secret&gt;</c>: the public id finds the stored key, the secret
/// proves the holder has it. The public id is lower-case hex, so that MySQL's case-insensitive collations cannot
/// confuse two ids; the secret is base64url without padding. Both survive headers, shells and URLs unchanged.
/// </summary>
public sealed record ApiKeyCredential(string PublicId, string Secret)
{
    public const string Prefix = "dhk_";

    private const int PublicIdBytes = 12;
    private const int SecretBytes = 32;

    public string Text => $"{Prefix}{PublicId}_{Secret}";

    public static ApiKeyCredential Generate() => new(
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(PublicIdBytes)),
        Base64Url(RandomNumberGenerator.GetBytes(SecretBytes)));

    /// <summary>Reads a presented key; false for anything not shaped like one, without saying which part is wrong.</summary>
    public static bool TryParse(string? text, out ApiKeyCredential credential)
    {
        credential = new ApiKeyCredential("", "");
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal) || text.Length > 128)
        {
            return false;
        }

        // The secret is base64url and may itself contain '_'; the hex public id never does.
        var body = text[Prefix.Length..];
        var separator = body.IndexOf('_', StringComparison.Ordinal);
        if (separator != PublicIdBytes * 2 || separator == body.Length - 1)
        {
            return false;
        }

        credential = new ApiKeyCredential(body[..separator], body[(separator + 1)..]);
        return true;
    }

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    /// <summary>Compares in constant time, so that response times do not tell how much of a guessed secret was right.</summary>
    public bool Matches(byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(Secret), storedHash);

    /// <summary>Never the secret: records print into logs and test output.</summary>
    public override string ToString() => $"{Prefix}{PublicId}_…";

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
