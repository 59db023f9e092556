namespace Hub.Data.Observations;

/// <summary>
/// At most <see cref="MaxListed"/> faults of one batch or file go back to the caller, then one that counts the rest:
/// a 10,000-row junk sheet is answered in a few KB, not 40,000 entries, and the first faults are the ones to fix.
/// </summary>
public static class ReportedFaults
{
    public const int MaxListed = 100;

    public static IReadOnlyList<T> Capped<T>(IReadOnlyList<T> faults, Func<int, T> restOf)
    {
        ArgumentNullException.ThrowIfNull(faults);
        ArgumentNullException.ThrowIfNull(restOf);
        return faults.Count <= MaxListed ? faults : [.. faults.Take(MaxListed), restOf(faults.Count - MaxListed)];
    }

    public static string RestMessage(int rest) =>
        $"{rest} more faults are not listed; fix the first {MaxListed} and send it again.";
}
