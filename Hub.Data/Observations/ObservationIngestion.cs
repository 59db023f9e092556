using Hub.Data.Access;
using Hub.Data.Model;
using Hub.Data.Periods;
using Hub.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Observations;

/// <summary>
/// Stages a batch of reported figures all or nothing, for the <see cref="Writes.UnitOfWork"/> that runs it to save.
/// A figure for a station × indicator × period that already exists is replaced, never added to, so re-submitting a
/// report cannot double count; each replacement bumps the figure's version, which callers may state to detect lost
/// updates. Two writers of the same new figure race on its natural key; the unit of work runs the loser again,
/// which then replaces the winner's figure.
/// </summary>
public sealed class ObservationIngestion(HubDbContext db, TimeProvider clock, StationWriteScope scope, StationLocks locks)
{
    public const int MaxRows = 10_000;
    public const int MaxNoteLength = 200;

    // Far above any station's figure, and small enough that sums of a whole country stay inside a scaled long.
    public const decimal MaxValue = 100_000_000_000m;

    /// <summary>
    /// Stages the batch in the DbContext (new figures added, stored ones replaced) for the unit of work that runs it
    /// to save; nothing is staged when any row is refused. A row that states the version it expects is refused
    /// when the stored figure is at another.
    /// </summary>
    public async Task<ObservationIngestionResult> SubmitAsync(IReadOnlyList<ObservationSubmission> rows, ObservationSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var (errors, indicators) = await CheckAsync(rows, cancellationToken);
        return errors.Count > 0 ? Refused([.. errors]) : await StageAsync(rows, indicators, source, cancellationToken);
    }

    /// <summary>
    /// The refusals <see cref="SubmitAsync"/> would give these rows, without writing anything (version
    /// conflicts aside, which only the write can see): an importer that found other faults in a file
    /// reports these alongside them, so one attempt names every bad row.
    /// </summary>
    public async Task<IReadOnlyList<ObservationRowError>> ValidateAsync(IReadOnlyList<ObservationSubmission> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return (await CheckAsync(rows, cancellationToken)).Errors;
    }

    private async Task<(List<ObservationRowError> Errors, Dictionary<string, int> Indicators)> CheckAsync(IReadOnlyList<ObservationSubmission> rows, CancellationToken cancellationToken)
    {
        // Before any other check: a caller is not told which of another station's figures would have been valid.
        scope.EnsureMayWrite(rows.Select(r => r.StationId));
        if (rows.Count > MaxRows)
        {
            return ([new ObservationRowError(0, "observations", ObservationProblem.Invalid, $"{rows.Count} rows; at most {MaxRows} go in one batch.")], []);
        }

        var codes = rows.Select(r => r.IndicatorCode).Distinct().ToList();
        var indicators = await db.Indicators.AsNoTracking().Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, i => i.Id, cancellationToken);
        var stationIds = rows.Select(r => r.StationId).Distinct().ToList();
        var stations = (await db.Stations.AsNoTracking().Where(s => stationIds.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet();

        var errors = rows.SelectMany(row => Validate(row, indicators, stations)).ToList();
        errors.AddRange(rows.GroupBy(r => (r.StationId, r.IndicatorCode, r.Period)).Where(g => g.Count() > 1)
            .SelectMany(g => g.Skip(1).Select(r => new ObservationRowError(r.Row, "period", ObservationProblem.Invalid,
                $"The same station, indicator and period as row {g.First().Row}; a batch states each figure once."))));
        return ([.. errors.OrderBy(e => e.Row)], indicators);
    }

    private async Task<ObservationIngestionResult> StageAsync(IReadOnlyList<ObservationSubmission> rows, Dictionary<string, int> indicators, ObservationSource source, CancellationToken cancellationToken)
    {
        var stationIds = rows.Select(r => r.StationId).Distinct().ToList();
        await locks.LockAsync(stationIds, cancellationToken);
        var indicatorIds = indicators.Values.ToList();
        var periods = rows.Select(r => r.Period.StorageKey).Distinct().ToList();
        var existing = (await db.Observations
                .Where(o => stationIds.Contains(o.StationId) && indicatorIds.Contains(o.IndicatorId) && periods.Contains(o.Period))
                .ToListAsync(cancellationToken))
            .ToDictionary(o => (o.StationId, o.IndicatorId, o.Period));

        var now = clock.GetUtcNow().UtcDateTime;
        var saved = new List<Observation>(rows.Count);
        var conflicts = new List<ObservationRowError>();
        foreach (var row in rows)
        {
            var key = (row.StationId, indicators[row.IndicatorCode], row.Period.StorageKey);
            var current = existing.GetValueOrDefault(key);
            var version = current?.Version ?? 0;
            if (row.ExpectedVersion is { } expected && expected != version)
            {
                conflicts.Add(new ObservationRowError(row.Row, "expectedVersion", ObservationProblem.VersionConflict,
                    $"Expected version {expected}, but the stored figure is at version {version}" + (version == 0 ? " (none stored)." : ".")));
                continue;
            }

            var observation = current ?? db.Observations.Add(new Observation { StationId = key.StationId, IndicatorId = key.Item2, Period = key.Item3, Version = 0 }).Entity;
            observation.ScaledValue = ScaledDecimal.ToScaled(row.Value);
            observation.Status = row.Status;
            observation.Note = row.Note;
            observation.Source = source;
            observation.Version = version + 1;
            observation.UpdatedAt = now;
            saved.Add(observation);
        }

        // A refused batch leaves its staged rows behind: the unit of work rolls back whatever a refused result staged.
        return conflicts.Count > 0 ? Refused([.. conflicts]) : new ObservationIngestionResult(saved, []);
    }

    private static IEnumerable<ObservationRowError> Validate(ObservationSubmission row, Dictionary<string, int> indicators, HashSet<int> stations)
    {
        if (!stations.Contains(row.StationId))
        {
            yield return new ObservationRowError(row.Row, "station", ObservationProblem.Invalid, "No such station.");
        }

        if (!indicators.ContainsKey(row.IndicatorCode))
        {
            yield return new ObservationRowError(row.Row, "indicator", ObservationProblem.Invalid, $"\"{EchoedText.Of(row.IndicatorCode)}\" is not an indicator code of the catalogue.");
        }

        if (row.Period.Granularity == PeriodGranularity.Quarter)
        {
            yield return new ObservationRowError(row.Row, "period", ObservationProblem.Invalid, "Figures are reported per month or per year; a quarter is computed from its months.");
        }

        if (Math.Abs(row.Value) > MaxValue)
        {
            yield return new ObservationRowError(row.Row, "value", ObservationProblem.Invalid, $"{row.Value} is out of range (at most {MaxValue:N0} in size).");
        }
        else if (!ScaledDecimal.IsExact(row.Value))
        {
            yield return new ObservationRowError(row.Row, "value", ObservationProblem.Invalid, $"{row.Value} has more than four decimal places.");
        }

        if (row.Note?.Length > MaxNoteLength)
        {
            yield return new ObservationRowError(row.Row, "note", ObservationProblem.Invalid, $"A note holds at most {MaxNoteLength} characters.");
        }
    }

    private static ObservationIngestionResult Refused(params ObservationRowError[] errors) =>
        new([], ReportedFaults.Capped(errors, rest => new ObservationRowError(0, "observations", ObservationProblem.Invalid, ReportedFaults.RestMessage(rest))));
}
