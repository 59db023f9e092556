using GraphQL.Types;
using Hub.Schema.Relay;
using Hub.Schema.Scalars;

namespace Hub.Schema.Comparisons;

public sealed class ComparisonType : ObjectGraphType<Comparison>
{
    public ComparisonType()
    {
        Name = "Comparison";
        Description = "Units of one level inside a region, ranked on the same indicators for the same period.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComparisonRowType>>>>("rows").Resolve(context => context.Source.Rows);
        Field(c => c.TotalCount).Description("Units compared (all pages).");
        Field<NonNullGraphType<PeriodGraphType>>("period").Resolve(context => context.Source.Period);
        Field<NonNullGraphType<ComparisonLevelType>>("level").Resolve(context => context.Source.Level);
        Field(c => c.OrderBy).Description("The indicator code rows are ranked and sorted by.");
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(context => context.Source.PageInfo);
    }
}
