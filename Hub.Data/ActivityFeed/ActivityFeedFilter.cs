using Hub.Data.Model;

namespace Hub.Data.ActivityFeed;

/// <summary>What one subscriber asked for; every part it leaves null matches everything.</summary>
/// <param name="RegionCode">Activities of stations anywhere inside this region (the region itself included).</param>
/// <param name="StationId">Activities of this station only.</param>
/// <param name="Kinds">Activities of these kinds only.</param>
/// <param name="Internals">Whose activities of internal projects the subscriber may receive; none when null.</param>
public sealed record ActivityFeedFilter(string? RegionCode, int? StationId, IReadOnlySet<ActivityKind>? Kinds, InternalActivityAudience? Internals = null)
{
    /// <summary>Every activity the public may see.</summary>
    public static ActivityFeedFilter Everything { get; } = new(null, null, null);

    public bool Matches(ActivityRecorded recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        return (StationId is not { } station || recorded.StationId == station)
            && (Kinds is not { Count: > 0 } kinds || kinds.Contains(recorded.Kind))
            && (RegionCode is not { } region || recorded.RegionCodes.Contains(region, StringComparer.Ordinal))
            && (!recorded.OfInternalProject || (Internals ?? InternalActivityAudience.Nobody).Admits(recorded));
    }
}
