namespace Hub.Data.Access;

/// <summary>
/// The stations the current request may write for. The schema narrows it to one station for station staff before
/// a mutation runs; the writers (observations, activities) check every row against it before storing any, because
/// only they know which stations a batch or an imported file really touches.
/// </summary>
public sealed class StationWriteScope
{
    /// <summary>The one station writes are limited to; null when the caller may write for any.</summary>
    public int? OnlyStationId { get; private set; }

    public void LimitTo(int stationId) => OnlyStationId = stationId;

    /// <summary>Throws <see cref="StationWriteForbiddenException"/> when any of the stations is outside the scope.</summary>
    public void EnsureMayWrite(IEnumerable<int> stationIds)
    {
        ArgumentNullException.ThrowIfNull(stationIds);
        if (OnlyStationId is { } only && stationIds.Any(id => id != only))
        {
            throw new StationWriteForbiddenException(only);
        }
    }
}
