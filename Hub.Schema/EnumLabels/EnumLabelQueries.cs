using GraphQL;
using GraphQL.Types;
using Hub.Schema.Errors;

namespace Hub.Schema.EnumLabels;

public static class EnumLabelQueries
{
    public static void AddEnumLabelQueries(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumLabelSetType>>>>("enumLabels")
            .Description("The Chinese and English labels of every enum value people see (target groups, service areas, activity kinds, statuses, partner, contribution and station kinds, region levels), by enum name. The same for every caller.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("names", "Only these enums (\"TargetGroup\", \"ServiceArea\"); every labelled enum when left out.")
            .Resolve(context =>
            {
                var all = context.Schema.AllTypes.OfType<EnumerationGraphType>()
                    .Select(EnumLabelling.LabelsOf).OfType<EnumLabelSet>()
                    .OrderBy(e => e.Name, StringComparer.Ordinal)
                    .ToList();
                if (context.GetArgument<List<string>?>("names") is not { } names)
                {
                    return all;
                }

                var unknown = names.Where(n => all.All(e => e.Name != n)).ToList();
                if (unknown.Count > 0)
                {
                    throw new HubUserInputException(
                        $"No labelled enum is named {string.Join(", ", unknown.Select(n => $"\"{n}\""))}; the labelled enums are {string.Join(", ", all.Select(e => e.Name))}.");
                }

                return all.Where(e => names.Contains(e.Name)).ToList();
            });
    }
}
