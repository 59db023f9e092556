namespace Hub.Data.Writes;

/// <summary>The codes of <see cref="InputError"/>: what a client may branch on.</summary>
public static class InputErrorCodes
{
    /// <summary>The value breaks a rule of its field (empty, too long, out of range, malformed).</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The id names no row (or none the caller may see).</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>Another row already holds this business key.</summary>
    public const string Duplicate = "DUPLICATE";

    /// <summary>The row cannot be deleted: other rows refer to it.</summary>
    public const string InUse = "IN_USE";

    /// <summary>The caller may not set this field or write for this station.</summary>
    public const string Forbidden = "FORBIDDEN";
}
