using System.Globalization;
using Hub.Data.Writes;

namespace Hub.Data.Stations;

/// <summary>
/// The rules of a station's contact block (联系人, 电话, 邮箱, 联系地址): lengths, and the checks a phone number and an
/// email address must pass before they are stored, so a page never shows a number nobody can dial.
/// </summary>
public static class StationContactRules
{
    public const int MaxPersonLength = 100;
    public const int MaxPhoneLength = 32;
    public const int MaxEmailLength = 254;
    public const int MaxAddressLength = 300;

    // A landline with its area code has 10 to 12 digits, a mobile 11, an extension adds a few; 5 admits 12345-style hotlines.
    private const int MinPhoneDigits = 5;
    private const int MaxPhoneDigits = 20;

    /// <summary>The trimmed number, null when blank; an error unless it is digits with spaces, hyphens or parentheses (and a leading +).</summary>
    public static string? Phone(InputErrors errors, string field, string? value)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var phone = errors.Text(field, value, MaxPhoneLength);
        if (phone is null || phone.Length > MaxPhoneLength)
        {
            return phone;
        }

        var digits = phone.Count(char.IsAsciiDigit);
        var wellFormed = phone.Select((c, i) => char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')' || (c == '+' && i == 0)).All(ok => ok);
        if (!wellFormed || digits < MinPhoneDigits || digits > MaxPhoneDigits)
        {
            errors.Bad(field, string.Create(CultureInfo.InvariantCulture,
                $"{field} is a phone number of {MinPhoneDigits} to {MaxPhoneDigits} digits, spaces, hyphens and parentheses allowed (\"0531-88886666\", \"138 0013 8000\"), not \"{phone}\"."));
        }

        return phone;
    }

    public static Patch<string?> Phone(InputErrors errors, string field, Patch<string?> value) =>
        value.IsSet ? new Patch<string?>(true, Phone(errors, field, value.Value)) : value;

    /// <summary>The trimmed address, null when blank; an error unless it is one mailbox: local part, @, a domain with a dot, no spaces.</summary>
    public static string? Email(InputErrors errors, string field, string? value)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var email = errors.Text(field, value, MaxEmailLength);
        if (email is null || email.Length > MaxEmailLength)
        {
            return email;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        var domain = at < 0 ? "" : email[(at + 1)..];
        var wellFormed = at > 0
            && email.LastIndexOf('@') == at
            && !email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '(' or ')' or '[' or ']' or ',' or ';' or ':' or '"' or '\\')
            && domain.Contains('.', StringComparison.Ordinal)
            && !domain.StartsWith('.')
            && !domain.EndsWith('.')
            && !domain.Contains("..", StringComparison.Ordinal);
        if (!wellFormed)
        {
            errors.Bad(field, $"{field} is one email address (\"station@example.org\"), not \"{email}\".");
        }

        return email;
    }

    public static Patch<string?> Email(InputErrors errors, string field, Patch<string?> value) =>
        value.IsSet ? new Patch<string?>(true, Email(errors, field, value.Value)) : value;
}
