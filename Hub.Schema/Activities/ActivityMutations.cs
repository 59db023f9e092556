using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Hub.Data.Activities;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.Execution;
using Hub.Schema.Mutation;
using Hub.Schema.Relay;
using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.Activities;

public static class ActivityMutations
{
    public static void AddActivityMutations(this ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<RecordActivityPayloadType>>("recordActivity")
            .StationStaffMayWrite()
            .Description("Stores an activity a station ran and refreshes the volunteer figures derived from its activities for that month (where the station does not report them by hand).")
            .Argument<NonNullGraphType<RecordActivityInputType>>("input")
            .Idempotent(
                payload => ((RecordActivityPayload)payload!).Activity!.Id.ToString(CultureInfo.InvariantCulture),
                async (receipt, context) =>
                {
                    var id = int.Parse(receipt, CultureInfo.InvariantCulture);
                    return new RecordActivityPayload(await context.Db().Activities.AsNoTracking().SingleAsync(a => a.Id == id, context.CancellationToken), []);
                })
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                var idErrors = new List<ActivityInputError>();
                int? IdOf(string field, object? text, string type)
                {
                    if (text is null)
                    {
                        return null;
                    }

                    if (GlobalId.TryParse(text as string, out var id) && id.TypeName == type)
                    {
                        return id.Id;
                    }

                    idErrors.Add(new ActivityInputError(field, $"Not a {type} id."));
                    return null;
                }

                var stationId = IdOf("stationId", input["stationId"], "Station");
                var projectId = IdOf("projectId", input.GetValueOrDefault("projectId"), "Project");
                var partnerIds = (input.GetValueOrDefault("partnerIds") as IEnumerable<object?>)?
                    .Select(id => IdOf("partnerIds", id, "ResourcePartner")).OfType<int>().ToList();
                if (idErrors.Count > 0)
                {
                    return new RecordActivityPayload(null, idErrors);
                }

                var result = await context.Service<ActivityRecorder>().RecordAsync(new ActivityRecording(
                    stationId!.Value,
                    (ActivityKind)input["kind"]!,
                    (string)input["title"]!,
                    (DateOnly)input["occurredOn"]!,
                    projectId,
                    input.GetValueOrDefault("place") as string,
                    input.GetValueOrDefault("participants") as int?,
                    input.GetValueOrDefault("volunteers") as int?,
                    input.GetValueOrDefault("volunteerHours") as decimal?,
                    partnerIds), context.CancellationToken);
                return new RecordActivityPayload(result.Activity, result.Errors);
            });

        // Corrections re-derive the months they touch but are not published on activityRecorded: the feed announces
        // new activities, and a board counting them would count a corrected one twice (ActivityRegistry).
        mutation.Field<NonNullGraphType<ActivityPayloadType>>("updateActivity")
            .StationStaffMayWrite()
            .Description("Corrects a recorded activity (a patch): ADMIN any station's, station staff their own station's. The volunteer figures derived from activities follow for every month it touches (the month it leaves and the one it moves to). Not published on activityRecorded.")
            .Argument<NonNullGraphType<UpdateActivityInputType>>("input")
            .ResolveAsync(async context => new WritePayload<Activity>(
                await context.Service<ActivityRegistry>().UpdateAsync(context.GetArgument<UpdateActivityInput>("input"), context.CancellationToken)));

        mutation.Field<NonNullGraphType<ActivityPayloadType>>("deleteActivity")
            .StationStaffMayWrite()
            .Description("Deletes a recorded activity and takes it out of its month's derived volunteer figures: ADMIN any station's, station staff their own station's. Answers the activity as it was.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context => new WritePayload<Activity>(
                await context.Service<ActivityRegistry>().DeleteAsync(GlobalId.Expect(context.GetArgument<string>("id"), "Activity"), context.CancellationToken)));
    }
}
