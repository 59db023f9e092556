using Hub.Data.Model;
using Hub.Schema.Sorting;

namespace Hub.Schema.Observations;

public sealed class ObservationSortInputType : SortInputGraphType<Observation>
{
    public ObservationSortInputType()
        : base("ObservationSortInput", "stored figures", o => o.Id,
            SortKey.DescendingBy<Observation, int>(o => o.Period), SortKey.Ascending<Observation, int>(o => o.Indicator.SortOrder))
    {
        Sort("period", o => o.Period, "A year's own figure sorts just before its January.");
        Sort("indicator", o => o.Indicator.Code, "By the indicator's code.");
        Sort("version", o => o.Version);
        Sort("updatedAt", o => o.UpdatedAt);
    }
}
