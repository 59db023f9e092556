using GraphQL.Types;
using Hub.Schema.Relay;
using Hub.Schema.Scalars;

namespace Hub.Schema.Comparisons;

public sealed class ComparisonInputType : InputObjectGraphType
{
    public ComparisonInputType()
    {
        Name = "ComparisonInput";
        Field<NonNullGraphType<StringGraphType>>("regionCode").Description("The region whose units are compared (its 12-digit code).");
        Field<NonNullGraphType<ComparisonLevelType>>("level");
        Field<NonNullGraphType<PeriodGraphType>>("period");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("codes")
            .Description($"Indicator codes to compare on (1 to {ComparisonComputation.MaxCodes}).");
        Field<StringGraphType>("orderBy").Description("The code rows are ranked and sorted by (highest first; no value last); the first code when not given.");
        Field<IntGraphType>("first").Description($"Rows per page (at most {PageRequest.MaxPageSize}; {PageRequest.DefaultPageSize} when not given).");
        Field<StringGraphType>("after").Description("endCursor of the previous page.");
    }
}
