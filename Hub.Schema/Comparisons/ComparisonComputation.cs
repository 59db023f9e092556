using Hub.Data;
using Hub.Data.Indicators;
using Hub.Data.Model;
using Hub.Data.Periods;
using Hub.Schema.Access;
using Hub.Schema.Errors;
using Hub.Schema.Indicators;
using Hub.Schema.Relay;
using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.Comparisons;

/// <summary>
/// Builds a comparison: the units of a level inside a region, their roll-ups for the period, the
/// previous period and a year earlier (three statements in all, whatever the number of units), then
/// ranks, percentiles and changes computed over every unit before one page is cut.
/// </summary>
/// <remarks>
/// Access: a comparison is read in full by an ADMIN and by an ANALYST whose region subtree holds the compared region;
/// anyone else (an analyst outside it included) is refused INTERNAL codes with FORBIDDEN and sees RESTRICTED cells
/// through small-cell suppression, the previous period and the year before included. Ranks, percentiles, changes and
/// per-capita figures are computed from the published values only: a suppressed unit is not ranked, so no other
/// unit's rank or percentile tells where its value lies.
/// </remarks>
public sealed class ComparisonComputation(HubDbContext db, IndicatorRollups rollups, IndicatorDirectory directory, AccessRules rules, CellSuppression suppression)
{
    public const int MaxCodes = 10;
    public const int MaxUnits = 5_000;

    public async Task<Comparison> ComputeAsync(
        string regionCode, ComparisonLevel level, ReportingPeriod period, IReadOnlyList<string> codes, string? orderBy, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(page);
        if (codes.Count is 0 or > MaxCodes)
        {
            throw new HubUserInputException($"Compare on 1 to {MaxCodes} indicator codes; {codes.Count} were given.");
        }

        var indicators = await directory.ResolveAsync(codes.Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        var ranking = orderBy ?? codes[0];
        var rankingIndicator = indicators.FirstOrDefault(i => i.Code == ranking)
            ?? throw new HubUserInputException($"orderBy \"{ranking}\" is not one of the compared codes.");
        var root = await db.Regions.AsNoTracking().Where(r => r.Code == regionCode).Select(r => new { r.Id, r.Level }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new HubUserInputException($"No region has the code \"{regionCode}\".", HubErrorCodes.NotFound);

        var privileged = indicators.All(i => i.Sensitivity == Sensitivity.Public) || await rules.IsPrivilegedAsync(RollupScope.Region, root.Id, cancellationToken);
        if (!privileged && indicators.FirstOrDefault(i => i.Sensitivity == Sensitivity.Internal) is { } @internal)
        {
            throw Indicators.IndicatorAccess.ForbiddenError(@internal.Code);
        }

        var units = await UnitsAsync(root.Id, level, cancellationToken);
        var scope = level == ComparisonLevel.Station ? RollupScope.Station : RollupScope.Region;
        var unitIds = units.Select(u => u.Id).ToList();
        var indicatorIds = indicators.Select(i => i.Id).ToList();
        if (!privileged)
        {
            await suppression.PrepareAsync([period, period.Previous, period.YearEarlier], indicators, cancellationToken);
        }

        var now = await CellsAsync(scope, unitIds, period, indicators, privileged, cancellationToken);
        var previous = await CellsAsync(scope, unitIds, period.Previous, indicators, privileged, cancellationToken);
        var yearEarlier = await CellsAsync(scope, unitIds, period.YearEarlier, indicators, privileged, cancellationToken);

        var ranks = indicators.ToDictionary(i => i.Id, i => Rank(units.Select(u => (u.Id, now[(u.Id, i.Id)].Value))));
        var rows = units.Select(unit =>
        {
            var values = indicators.Select(i => now[(unit.Id, i.Id)]).ToList();
            var metrics = indicators.Select(i => new ComparisonMetric(
                i,
                now[(unit.Id, i.Id)].Value,
                ranks[i.Id].GetValueOrDefault(unit.Id).Rank,
                ranks[i.Id].GetValueOrDefault(unit.Id).Percentile,
                previous[(unit.Id, i.Id)].Value,
                yearEarlier[(unit.Id, i.Id)].Value,
                unit.Population,
                unit.Households)).ToList();
            return new ComparisonRow(unit, values, metrics, metrics.Single(m => m.Indicator.Id == rankingIndicator.Id));
        })
        .OrderBy(row => row.Ranking.Rank ?? int.MaxValue)
        .ThenBy(row => row.Unit.Id)
        .ToList();

        var (skip, take, _) = page.Plan(rows.Count);
        var visible = rows.Skip(skip).Take(take).ToList();
        var pageInfo = new PageInfo(skip + visible.Count < rows.Count, skip > 0,
            visible.Count > 0 ? PageRequest.EncodeCursor(skip) : null,
            visible.Count > 0 ? PageRequest.EncodeCursor(skip + visible.Count - 1) : null);
        return new Comparison(visible, rows.Count, period, level, rankingIndicator.Code, pageInfo);
    }

    /// <summary>Standard competition ranks (1, 2, 2, 4), highest value first; units without a value are not ranked.</summary>
    private static Dictionary<int, (int? Rank, double? Percentile)> Rank(IEnumerable<(int Unit, decimal? Value)> values)
    {
        var ranked = values.Where(v => v.Value is not null).OrderByDescending(v => v.Value).ToList();
        var result = new Dictionary<int, (int? Rank, double? Percentile)>();
        for (var index = 0; index < ranked.Count; index++)
        {
            var rank = index > 0 && ranked[index].Value == ranked[index - 1].Value ? result[ranked[index - 1].Unit].Rank!.Value : index + 1;

            // Share of the other ranked units this one is at or above: the top is 100, the bottom 0.
            var below = ranked.Count - rank;
            var percentile = ranked.Count == 1 ? 100 : 100.0 * below / (ranked.Count - 1);
            result[ranked[index].Unit] = (rank, percentile);
        }

        return result;
    }

    /// <summary>The units' values for one period as the caller may see them.</summary>
    private async Task<Dictionary<(int Unit, int Indicator), IndicatorValue>> CellsAsync(
        RollupScope scope, IReadOnlyList<int> unitIds, ReportingPeriod period, IReadOnlyList<Indicator> indicators, bool privileged, CancellationToken cancellationToken)
    {
        var byId = indicators.ToDictionary(i => i.Id);
        return (await rollups.ComputeAsync(scope, unitIds, period, byId.Keys, cancellationToken))
            .ToDictionary(c => (c.ScopeId, c.IndicatorId), c => suppression.Publish(byId[c.IndicatorId], period, scope, c, privileged));
    }

    private async Task<IReadOnlyList<ComparisonUnit>> UnitsAsync(int rootId, ComparisonLevel level, CancellationToken cancellationToken)
    {
        var units = level switch
        {
            ComparisonLevel.Station => await db.Stations.AsNoTracking()
                .Where(s => db.RegionClosures.Any(c => c.AncestorId == rootId && c.DescendantId == s.RegionId))
                .OrderBy(s => s.Id)
                .Select(s => new ComparisonUnit(s.Id, null, s.Id, s.Name, null, null))
                .Take(MaxUnits + 1)
                .ToListAsync(cancellationToken),
            _ => await db.Regions.AsNoTracking()
                .Where(r => r.Level == RegionLevelOf(level) && db.RegionClosures.Any(c => c.AncestorId == rootId && c.DescendantId == r.Id))
                .OrderBy(r => r.Id)
                .Select(r => new ComparisonUnit(r.Id, r.Code, null, r.Name, r.Population, r.Households))
                .Take(MaxUnits + 1)
                .ToListAsync(cancellationToken),
        };
        return units.Count > MaxUnits
            ? throw new HubUserInputException($"More than {MaxUnits} units to compare; choose a smaller region or a higher level.", HubErrorCodes.QueryTooComplex)
            : units;
    }

    private static RegionLevel RegionLevelOf(ComparisonLevel level) => level switch
    {
        ComparisonLevel.Street => RegionLevel.Street,
        ComparisonLevel.District => RegionLevel.District,
        _ => RegionLevel.City,
    };
}
