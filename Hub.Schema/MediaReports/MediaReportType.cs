using GraphQL.Types;
using Hub.Data.Model;
using Hub.Schema.Relay;

namespace Hub.Schema.MediaReports;

public sealed class MediaReportType : ObjectGraphType<MediaReport>
{
    public MediaReportType()
    {
        Name = "MediaReport";
        Description = "A published article or video about a station, or a tally of them per outlet and year.";
        this.IsNode(r => r.Id);
        Field<NonNullGraphType<MediaKindType>>("kind").Resolve(context => context.Source.Kind);
        Field(r => r.Outlet, nullable: true);
        Field(r => r.Title, nullable: true);
        Field(r => r.Author, nullable: true);
        Field(r => r.PublishedOn, nullable: true);
        Field(r => r.Year, nullable: true);
        Field(r => r.Count).Description("How many items the row stands for: 1 for a single article.");
        Field(r => r.Url, nullable: true).Description("Where a reader finds the report online (an http or https address).");
        Field("sourceDocument", r => r.SeedFile, nullable: true);
    }
}
