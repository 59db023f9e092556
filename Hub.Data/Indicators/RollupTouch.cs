namespace Hub.Data.Indicators;

/// <summary>
/// What a save changed that the roll-up store must follow: the (station, indicator, year) whose observations changed,
/// stations moved to another region (from, to), and whether the region tree itself changed (a full rebuild).
/// </summary>
public sealed record RollupTouch(
    IReadOnlySet<(int StationId, int IndicatorId, int Year)> Observations,
    IReadOnlyList<(int StationId, int FromRegionId, int ToRegionId)> Moves,
    bool TreeChanged)
{
    public bool IsEmpty => Observations.Count == 0 && Moves.Count == 0 && !TreeChanged;
}
