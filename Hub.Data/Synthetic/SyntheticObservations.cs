using Hub.Data.Model;
using Hub.Data.Observations;

namespace Hub.Data.Synthetic;

/// <summary>
/// One station's reports: every catalogue indicator for every month it was open (monthly
/// indicators) or every year whose December lies in the range (annual-summary indicators). About
/// 3 % of monthly reports are missing altogether; in about 4 % of station-years the station sent
/// one annual summary instead of its monthly reports; closed and suspended stations stopped
/// reporting near the end. FLOW values follow the season (Spring Festival dip, year-end push)
/// and a growth trend; STOCK values drift slowly; related figures (person-times, hours, people)
/// are multiples of the counts they come from, rounded as reported.
/// </summary>
internal sealed class SyntheticObservations(SyntheticDatasetSpec spec, IReadOnlyList<SyntheticIndicator> indicators)
{
    public const double MissingMonthShare = 0.03;
    public const double YearlyInsteadShare = 0.04;
    private const double MissingCellShare = 0.005;

    private static readonly double[] Season = [0.85, 0.6, 1.05, 1.05, 1.1, 1.0, 0.9, 0.85, 1.05, 1.1, 1.15, 1.2];

    private readonly int _firstYear = spec.FirstMonth / 100;
    private readonly int _lastYear = spec.LastMonth / 100;

    // Index of the first reported month within the internal series, which runs from January of the first year.
    private readonly int _rangeStart = (spec.FirstMonth % 100) - 1;

    /// <summary>Writes the station's observations and returns the next free observation id.</summary>
    /// <param name="openedMonth">Index of the month the station opened, counted from the first month of the range (negative: before it).</param>
    /// <param name="stopsAt">Index of the first month it no longer reports (closed or suspended), or the range length.</param>
    public int Write(SyntheticRowSink sink, SyntheticRandom random, int stationId, int nextId, double size, int openedMonth, int stopsAt)
    {
        var years = _lastYear - _firstYear + 1;
        var span = years * 12;
        var missingMonth = new bool[spec.Months];
        for (var m = 0; m < spec.Months; m++)
        {
            missingMonth[m] = random.Chance(MissingMonthShare);
        }

        var yearlyInstead = new bool[years];
        for (var y = 0; y < years; y++)
        {
            yearlyInstead[y] = random.Chance(YearlyInsteadShare);
        }

        var growthPerMonth = random.Uniform(0, 0.01);
        var series = new Dictionary<string, long[]>(StringComparer.Ordinal);
        foreach (var indicator in DependencyOrder())
        {
            series[indicator.Code] = Series(indicator, random, size, growthPerMonth, span, years, series);
        }

        foreach (var indicator in indicators)
        {
            var values = series[indicator.Code];
            var stepScaled = (long)Math.Round(indicator.Profile.Step * ScaledDecimal.Scale);
            for (var y = 0; y < years; y++)
            {
                var year = _firstYear + y;
                var december = (y * 12) + 11 - _rangeStart;
                var yearReported = december < spec.Months && december >= openedMonth && december < stopsAt;
                if (indicator.Profile.Cadence == IndicatorCadence.Yearly)
                {
                    if (yearReported && !random.Chance(MissingMonthShare))
                    {
                        Observe(sink, nextId++, stationId, indicator, year * 100, values[y] * stepScaled, ObservationSource.AnnualSummary, ObservationStatus.Normal, random);
                    }

                    continue;
                }

                if (yearlyInstead[y] && yearReported)
                {
                    var yearly = indicator.Kind == IndicatorKind.Stock ? values[(y * 12) + 11] : Sum(values, y * 12, 12);
                    Observe(sink, nextId++, stationId, indicator, year * 100, yearly * stepScaled, ObservationSource.AnnualSummary, ObservationStatus.Normal, random);
                    continue;
                }

                for (var month = 0; month < 12; month++)
                {
                    var m = (y * 12) + month - _rangeStart;
                    if (m < 0 || m >= spec.Months || m < openedMonth || m >= stopsAt || missingMonth[m] || random.Chance(MissingCellShare))
                    {
                        continue;
                    }

                    var status = m == spec.Months - 1 && random.Chance(0.3) ? ObservationStatus.Provisional
                        : random.Chance(0.01) ? ObservationStatus.Estimated
                        : ObservationStatus.Normal;
                    Observe(sink, nextId++, stationId, indicator, (year * 100) + month + 1, values[(y * 12) + month] * stepScaled, ObservationSource.MonthlyReport, status, random);
                }
            }
        }

        return nextId;
    }

    /// <summary>Values in steps of the profile's step: per month of the internal span, or per year for yearly indicators.</summary>
    private static long[] Series(SyntheticIndicator indicator, SyntheticRandom random, double size, double growthPerMonth, int span, int years, Dictionary<string, long[]> done)
    {
        var profile = indicator.Profile;
        var yearly = profile.Cadence == IndicatorCadence.Yearly;
        var values = new long[yearly ? years : span];
        if (profile.Basis is { } basisCode && done.TryGetValue(basisCode, out var basis))
        {
            var basisStep = IndicatorProfiles.For(basisCode).Step;
            var ratio = random.Uniform(profile.RatioMin, profile.RatioMax);
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Math.Max(0, random.RoundToSteps(basis[i] * basisStep * ratio * random.Factor(0.05), profile.Step));
            }

            return values;
        }

        var level = profile.Level * size * random.Factor(0.2);
        var growth = 1.0;
        for (var i = 0; i < values.Length; i++)
        {
            double value;
            if (indicator.Kind == IndicatorKind.Stock)
            {
                level *= Math.Max(0.5, 1 + (yearly ? profile.Drift + (0.05 * random.Normal()) : profile.Drift + (0.01 * random.Normal())));
                value = level;
            }
            else
            {
                value = level * growth * (yearly ? random.Factor(0.2) : Season[i % 12] * random.Factor(0.25));
                growth *= yearly ? 1 + (12 * growthPerMonth) : 1 + growthPerMonth;
            }

            values[i] = Math.Max(0, random.RoundToSteps(value, profile.Step));
        }

        return values;
    }

    private static void Observe(
        SyntheticRowSink sink, int id, int stationId, SyntheticIndicator indicator, int period, long scaledValue, ObservationSource source, ObservationStatus status, SyntheticRandom random)
    {
        var year = period / 100;
        var month = period % 100;
        var reportedAt = month == 0
            ? new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(random.Between(5, 25))
            : new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1).AddDays(random.Between(1, 10));
        sink.Row(SyntheticTables.Observations)
            .Add(id).Add(stationId).Add(indicator.Id).Add(period).Add(scaledValue)
            .Add((int)source).Add((int)status).Add(1).Add(reportedAt.AddMinutes(random.Between(8 * 60, 20 * 60)))
            .End();
    }

    private static long Sum(long[] values, int start, int count)
    {
        var sum = 0L;
        for (var i = start; i < start + count; i++)
        {
            sum += values[i];
        }

        return sum;
    }

    /// <summary>Indicators whose basis is another indicator come after it.</summary>
    private IEnumerable<SyntheticIndicator> DependencyOrder()
    {
        var pending = indicators.ToList();
        var emitted = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var ready = pending.Where(i => i.Profile.Basis is null || emitted.Contains(i.Profile.Basis) || indicators.All(o => o.Code != i.Profile.Basis)).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException("Indicator profiles refer to each other in a cycle.");
            }

            foreach (var indicator in ready)
            {
                emitted.Add(indicator.Code);
                pending.Remove(indicator);
                yield return indicator;
            }
        }
    }
}
