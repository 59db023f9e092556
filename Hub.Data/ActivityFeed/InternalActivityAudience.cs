namespace Hub.Data.ActivityFeed;

/// <summary>
/// Which activities of INTERNAL projects a subscriber may receive, mirroring the read rules of the
/// <c>activities</c> connection: all of them (an admin), one station's (its staff), those of stations inside a
/// region subtree (an analyst), or none (everyone else).
/// </summary>
public sealed record InternalActivityAudience(bool All, int? StationId, string? RegionCode)
{
    public static InternalActivityAudience Nobody { get; } = new(false, null, null);

    public static InternalActivityAudience Everybody { get; } = new(true, null, null);

    public bool Admits(ActivityRecorded recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        return All
            || (StationId is { } station && recorded.StationId == station)
            || (RegionCode is { } region && recorded.RegionCodes.Contains(region, StringComparer.Ordinal));
    }
}
