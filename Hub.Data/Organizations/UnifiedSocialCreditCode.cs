using System.Diagnostics.CodeAnalysis;

namespace Hub.Data.Organizations;

/// <summary>
/// An 18-character unified social credit code (统一社会信用代码, GB 32100-2015) whose check character is right:
/// 17 characters from <see cref="Alphabet"/> (digits and capital letters without I, O, Z, S and V), weighted by
/// 3^i mod 31, and an 18th character that brings the weighted sum to a multiple of 31. Only the final check
/// character is verified; the registration authority, type and division-code parts are not looked up.
/// Lower-case letters and surrounding white space are accepted and normalised away.
/// </summary>
public readonly record struct UnifiedSocialCreditCode
{
    /// <summary>Characters of a code, in the order of their values 0–30.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>Every code has exactly this many characters.</summary>
    public const int Length = 18;

    private readonly string? _value;

    private UnifiedSocialCreditCode(string value) => _value = value;

    /// <summary>The code in its canonical form: 18 upper-case characters.</summary>
    public string Value => _value ?? string.Empty;

    public static bool TryParse([NotNullWhen(true)] string? text, out UnifiedSocialCreditCode code)
    {
        code = default;
        if (text is null)
        {
            return false;
        }

        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length != Length)
        {
            return false;
        }

        Span<char> canonical = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            var c = char.ToUpperInvariant(trimmed[i]);
            if (Alphabet.IndexOf(c, StringComparison.Ordinal) < 0)
            {
                return false;
            }

            canonical[i] = c;
        }

        if (CheckCharacter(canonical[..(Length - 1)]) != canonical[Length - 1])
        {
            return false;
        }

        code = new UnifiedSocialCreditCode(new string(canonical));
        return true;
    }

    /// <exception cref="FormatException">The text is not a code with a right check character.</exception>
    public static UnifiedSocialCreditCode Parse(string text) =>
        TryParse(text, out var code)
            ? code
            : throw new FormatException($"'{text}' is not a unified social credit code: 18 characters of 0-9 and A-Y without I, O, Z, S, V, the last one a check character.");

    /// <summary>The check character (the 18th) of the first 17 characters of a code.</summary>
    /// <exception cref="ArgumentException">Not 17 characters, or one outside <see cref="Alphabet"/>.</exception>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException($"A check character is computed from {Length - 1} characters, not {first17.Length}.", nameof(first17));
        }

        var sum = 0;
        var weight = 1;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not a character of a unified social credit code.", nameof(first17));
            }

            sum += value * weight;
            weight = weight * 3 % 31;
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    public override string ToString() => Value;
}
