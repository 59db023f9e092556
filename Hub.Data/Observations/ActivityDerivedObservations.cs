using Hub.Data.Model;
using Hub.Data.Periods;
using Hub.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Observations;

/// <summary>
/// Monthly volunteer figures derived from the activities a station recorded, for the months it did not
/// report them by hand: hours (sum of the activities' volunteer hours), person-times (sum of their
/// volunteers) and services (the number of VOLUNTEER_SERVICE activities). A hand-reported figure always
/// wins; a derived one is replaced (never added to) when it is derived again, through the same ingestion
/// as reports, so roll-ups cannot count an activity twice, and removed once no activity of its month is left
/// (a correction moved or deleted the last one). Like the ingestion, it stages and never saves.
/// </summary>
public sealed class ActivityDerivedObservations(HubDbContext db, ObservationIngestion ingestion, StationLocks locks)
{
    public const string Hours = "volunteer_hours";
    public const string PersonTimes = "volunteer_person_times";
    public const string Services = "volunteer_services";

    /// <summary>Derives the monthly figures from <paramref name="from"/> to <paramref name="to"/> for the stations given (every station when null).</summary>
    public async Task<ObservationIngestionResult> DeriveAsync(IReadOnlyCollection<int>? stationIds, ReportingPeriod from, ReportingPeriod to, CancellationToken cancellationToken = default)
    {
        var first = new DateOnly(from.Year, from.FirstMonthKey % 100, 1);
        var end = new DateOnly(to.Year, to.LastMonthKey % 100, 1).AddMonths(1);

        // Activities are few per station and month; their decimal hours are summed here because SQLite
        // cannot sum decimals in SQL.
        // Before the activities are read: a concurrent writer of the same station's month commits first, and is counted.
        if (stationIds is not null)
        {
            await locks.LockAsync(stationIds, cancellationToken);
        }

        var stored = await db.Activities.AsNoTracking()
            .Where(a => a.OccurredOn >= first && a.OccurredOn < end && (stationIds == null || stationIds.Contains(a.StationId)))
            .Select(a => new { a.Id, a.StationId, a.OccurredOn, a.Kind, a.Volunteers, a.VolunteerHours })
            .ToListAsync(cancellationToken);

        // The unit of work saves once, at its end: the activities it staged (added, changed or deleted) count as they
        // will be stored, not as they are now.
        var staged = db.ChangeTracker.Entries<Activity>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        var replaced = staged.Where(e => e.State != EntityState.Added).Select(e => e.Entity.Id).ToHashSet();
        var activities = stored.Where(a => !replaced.Contains(a.Id))
            .Concat(staged.Where(e => e.State != EntityState.Deleted).Select(e => e.Entity)
                .Where(a => a.OccurredOn >= first && a.OccurredOn < end && (stationIds == null || stationIds.Contains(a.StationId)))
                .Select(a => new { a.Id, a.StationId, a.OccurredOn, a.Kind, a.Volunteers, a.VolunteerHours }))
            .ToList();
        var months = activities
            .GroupBy(a => (a.StationId, Month: ReportingPeriod.OfMonth(a.OccurredOn!.Value.Year, a.OccurredOn.Value.Month)))
            .Select(g => (g.Key.StationId, g.Key.Month,
                Hours: g.Sum(a => a.VolunteerHours ?? 0),
                PersonTimes: (decimal)g.Sum(a => a.Volunteers ?? 0),
                Services: (decimal)g.Count(a => a.Kind == ActivityKind.VolunteerService)))
            .ToList();
        var codes = new[] { Hours, PersonTimes, Services };
        var indicatorIds = await db.Indicators.AsNoTracking().Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Id, i => i.Code, cancellationToken);
        var ids = indicatorIds.Keys.ToList();
        await RemoveEmptiedAsync(stationIds, from, to, ids, months.Select(m => (m.StationId, m.Month.StorageKey)).ToHashSet(), cancellationToken);
        if (months.Count == 0)
        {
            return new ObservationIngestionResult([], []);
        }

        var stations = months.Select(m => m.StationId).Distinct().ToList();
        var keys = months.Select(m => m.Month.StorageKey).Distinct().ToList();
        var byHand = (await db.Observations.AsNoTracking()
                .Where(o => stations.Contains(o.StationId) && ids.Contains(o.IndicatorId) && keys.Contains(o.Period) && o.Source != ObservationSource.DerivedFromActivities)
                .Select(o => new { o.StationId, o.IndicatorId, o.Period })
                .ToListAsync(cancellationToken))
            .Select(o => (o.StationId, indicatorIds[o.IndicatorId], o.Period))
            .ToHashSet();

        var rows = months
            .SelectMany(m => new[] { (m.StationId, m.Month, Code: Hours, Value: m.Hours), (m.StationId, m.Month, Code: PersonTimes, Value: m.PersonTimes), (m.StationId, m.Month, Code: Services, Value: m.Services) })
            .Where(r => !byHand.Contains((r.StationId, r.Code, r.Month.StorageKey)))
            .Select((r, index) => new ObservationSubmission(index + 1, r.StationId, r.Code, r.Month, r.Value, Note: "derived from recorded activities"))
            .ToList();
        return rows.Count == 0 ? new ObservationIngestionResult([], []) : await ingestion.SubmitAsync(rows, ObservationSource.DerivedFromActivities, cancellationToken);
    }

    /// <summary>
    /// Derives the months a write of one station's activities touched (a recorded activity's month; a corrected one's
    /// month before and after; a deleted one's month), each on its own, so that the months between stay as they are.
    /// </summary>
    public async Task<ObservationIngestionResult> DeriveMonthsAsync(int stationId, IEnumerable<DateOnly?> days, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(days);
        var saved = new List<Observation>();
        foreach (var month in days.OfType<DateOnly>().Select(d => ReportingPeriod.OfMonth(d.Year, d.Month)).Distinct().Order())
        {
            var result = await DeriveAsync([stationId], month, month, cancellationToken);
            if (!result.Succeeded)
            {
                return result;
            }

            saved.AddRange(result.Saved);
        }

        return new ObservationIngestionResult(saved, []);
    }

    /// <summary>
    /// Removes the derived figures of the station-months in range that no activity stands behind any more (the last one
    /// was deleted or moved to another month): a month without activities has no derived figure, missing rather than
    /// zero, as before any was recorded. Hand-reported figures are not touched.
    /// </summary>
    private async Task RemoveEmptiedAsync(IReadOnlyCollection<int>? stationIds, ReportingPeriod from, ReportingPeriod to, List<int> indicatorIds, HashSet<(int StationId, int Period)> derived, CancellationToken cancellationToken)
    {
        var first = from.FirstMonthKey;
        var last = to.LastMonthKey;
        var stale = (await db.Observations
                .Where(o => o.Source == ObservationSource.DerivedFromActivities && indicatorIds.Contains(o.IndicatorId) && o.Period >= first && o.Period <= last
                    && (stationIds == null || stationIds.Contains(o.StationId)))
                .ToListAsync(cancellationToken))
            .Where(o => !derived.Contains((o.StationId, o.Period)))
            .ToList();
        db.Observations.RemoveRange(stale);
    }
}
