using System.Collections.Concurrent;
using Hub.Data.Indicators;
using Hub.Data.Periods;

namespace Hub.Schema.Indicators;

/// <summary>
/// The small-cell suppression decisions of the process, kept per (year, indicator) with the
/// <see cref="RollupVersions"/> counters they were computed at: while the counters stand, every request, anonymous
/// or not, reuses them (one cheap statement reads the counters) instead of rolling the whole tree up again; a write
/// that changes the indicator's figures or the tree moves a counter, in its own transaction, and the next request
/// decides afresh. Another instance's write moves the same counters, so every instance sees it.
/// </summary>
public sealed class SuppressionDecisionCache
{
    private readonly ConcurrentDictionary<(ReportingPeriod Period, int IndicatorId), Decision> _decisions = new();
    private (long Version, RollupTree Tree)? _tree;

    internal IReadOnlySet<(RollupScope Scope, int Id)>? Find(ReportingPeriod period, int indicatorId, long treeVersion, long indicatorVersion) =>
        _decisions.TryGetValue((period, indicatorId), out var decision) && decision.TreeVersion == treeVersion && decision.IndicatorVersion == indicatorVersion
            ? decision.Hidden
            : null;

    internal void Keep(ReportingPeriod period, int indicatorId, long treeVersion, long indicatorVersion, IReadOnlySet<(RollupScope Scope, int Id)> hidden) =>
        _decisions[(period, indicatorId)] = new Decision(treeVersion, indicatorVersion, hidden);

    internal RollupTree? Tree(long version) => _tree is { } kept && kept.Version == version ? kept.Tree : null;

    internal void KeepTree(long version, RollupTree tree) => _tree = (version, tree);

    private sealed record Decision(long TreeVersion, long IndicatorVersion, IReadOnlySet<(RollupScope Scope, int Id)> Hidden);
}
