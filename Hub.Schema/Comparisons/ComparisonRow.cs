using Hub.Schema.Indicators;

namespace Hub.Schema.Comparisons;

public sealed record ComparisonRow(ComparisonUnit Unit, IReadOnlyList<IndicatorValue> Values, IReadOnlyList<ComparisonMetric> Metrics, ComparisonMetric Ranking);
