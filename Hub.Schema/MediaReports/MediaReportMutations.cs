using GraphQL;
using GraphQL.Types;
using Hub.Data.MediaReports;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.Execution;
using Hub.Schema.Mutation;

namespace Hub.Schema.MediaReports;

public static class MediaReportMutations
{
    public static void AddMediaReportMutations(this ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<MediaReportPayloadType>>("createMediaReport")
            .StationStaffMayWrite()
            .Description("Records a media report about a station, or a tally of them: ADMIN any station, station staff their own.")
            .Argument<NonNullGraphType<CreateMediaReportInputType>>("input")
            .ResolveAsync(async context => new WritePayload<MediaReport>(
                await context.Service<MediaReportRegistry>().CreateAsync(context.GetArgument<CreateMediaReportInput>("input"), context.CancellationToken)));
    }
}
