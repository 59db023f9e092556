using GraphQL.Types;
using Hub.Data.MediaReports;
using Hub.Schema.Mutation;

namespace Hub.Schema.MediaReports;

public sealed class UpdateMediaReportInputType : RecordInputGraphType<UpdateMediaReportInput>
{
    public UpdateMediaReportInputType()
    {
        Name = "UpdateMediaReportInput";
        Description = "A patch: a field left out stays as it is, an explicit null clears it (kind and count may not be cleared). "
            + "The report as changed still names its title or its outlet. A report stays with its station.";
        IdField("id", "MediaReport", required: true);
        Field<MediaKindType>("kind");
        Field<StringGraphType>("outlet").Description("Where it appeared (a newspaper, a website, an account).");
        Field<StringGraphType>("title");
        Field<StringGraphType>("author");
        Field<DateOnlyGraphType>("publishedOn").Description("Not in the future.");
        Field<IntGraphType>("year").Description($"The year a tally covers, {MediaReportRegistry.FirstYear} or later; publishedOn's year when both are given.");
        Field<StringGraphType>("url").Description($"Where a reader finds it online: an absolute http or https address, at most {MediaReportRegistry.MaxUrlLength} characters.");
        Field<IntGraphType>("count").Description($"How many items the row stands for: 1 to {MediaReportRegistry.MaxCount}.");
    }
}
