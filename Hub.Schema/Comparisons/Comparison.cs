using Hub.Data.Periods;
using Hub.Schema.Relay;

namespace Hub.Schema.Comparisons;

public sealed record Comparison(IReadOnlyList<ComparisonRow> Rows, int TotalCount, ReportingPeriod Period, ComparisonLevel Level, string OrderBy, PageInfo PageInfo);
