using GraphQL.Types;
using Hub.Data.MediaReports;
using Hub.Schema.Mutation;

namespace Hub.Schema.MediaReports;

public sealed class CreateMediaReportInputType : RecordInputGraphType<CreateMediaReportInput>
{
    public CreateMediaReportInputType()
    {
        Name = "CreateMediaReportInput";
        Description = "One article or video (give its title), or a tally of them per outlet and year (give outlet, year and count).";
        IdField("stationId", "Station", required: true);
        Field<NonNullGraphType<MediaKindType>>("kind");
        Field<StringGraphType>("outlet").Description("Where it appeared (a newspaper, a website, an account).");
        Field<StringGraphType>("title");
        Field<StringGraphType>("author");
        Field<DateOnlyGraphType>("publishedOn").Description("Not in the future.");
        Field<IntGraphType>("year").Description($"The year a tally covers, {MediaReportRegistry.FirstYear} or later; publishedOn's year when both are given.");
        Field<StringGraphType>("url").Description($"Where a reader finds it online: an absolute http or https address, at most {MediaReportRegistry.MaxUrlLength} characters.");
        Field<IntGraphType>("count").Description($"How many items the row stands for: 1 (unless given) to {MediaReportRegistry.MaxCount}.");
    }
}
