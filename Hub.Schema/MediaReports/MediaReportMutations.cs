using GraphQL;
using GraphQL.Types;
using Hub.Data.MediaReports;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.Execution;
using Hub.Schema.Mutation;
using Hub.Schema.Relay;

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

        mutation.Field<NonNullGraphType<MediaReportPayloadType>>("updateMediaReport")
            .StationStaffMayWrite()
            .Description("Changes a media report (a patch): ADMIN any station's, station staff their own station's.")
            .Argument<NonNullGraphType<UpdateMediaReportInputType>>("input")
            .ResolveAsync(async context => new WritePayload<MediaReport>(
                await context.Service<MediaReportRegistry>().UpdateAsync(context.GetArgument<UpdateMediaReportInput>("input"), context.CancellationToken)));

        mutation.Field<NonNullGraphType<MediaReportPayloadType>>("deleteMediaReport")
            .StationStaffMayWrite()
            .Description("Deletes a media report: ADMIN any station's, station staff their own station's. Answers the report as it was.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => new WritePayload<MediaReport>(
                await context.Service<MediaReportRegistry>().DeleteAsync(GlobalId.Expect(context.GetArgument<string>("id"), "MediaReport"), context.CancellationToken)));
    }
}
