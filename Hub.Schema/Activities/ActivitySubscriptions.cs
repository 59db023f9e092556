using GraphQL;
using GraphQL.Types;
using Hub.Data.ActivityFeed;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.Errors;
using Hub.Schema.Execution;
using Hub.Schema.Relay;
using Hub.Schema.Subscription;
using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.Activities;

public static class ActivitySubscriptions
{
    private const string DroppedEventsExtension = "droppedEvents";

    public static void AddActivitySubscriptions(this ObjectGraphType subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        subscription.Field<NonNullGraphType<ActivityType>>("activityRecorded")
            .Description("Activities as stations record them, from the moment of subscribing. Each filter narrows the feed; a subscriber that reads slower than activities arrive loses the oldest waiting ones, and the next activity it receives says how many in `extensions.droppedEvents`.")
            .Argument<StringGraphType>("regionCode", "Only activities of stations inside this region (any level of the region tree).")
            .Argument<IdGraphType>("stationId", "Only activities of this station.")
            .Argument<ListGraphType<NonNullGraphType<ActivityKindType>>>("kinds", "Only activities of these kinds.")
            .ResolveStreamAsync(async context =>
            {
                var filter = await FilterOfAsync(context);
                return new FeedObservable(context.Service<ActivityFanout>(), filter, DeliveryWindow.Of(context));
            })
            .Resolve(context =>
            {
                var item = (ActivityFeedItem)context.Source!;
                if (item.DroppedBefore > 0)
                {
                    context.OutputExtensions[DroppedEventsExtension] = item.DroppedBefore;
                }

                return item.Recorded.ToActivity();
            });
    }

    private static async Task<ActivityFeedFilter> FilterOfAsync(IResolveFieldContext context)
    {
        // The DbContext is resolved only for a filter to check: most dashboards subscribe to everything, and a
        // context held for the subscription's life costs every subscriber memory (bench/run-subscriptions.sh).
        var regionCode = context.GetArgument<string?>("regionCode");
        if (regionCode is not null && !await context.Db().Regions.AnyAsync(r => r.Code == regionCode, context.CancellationToken))
        {
            throw new HubUserInputException($"No region has the code \"{regionCode}\".", HubErrorCodes.NotFound);
        }

        int? stationId = null;
        if (context.GetArgument<string?>("stationId") is { } stationText)
        {
            if (!GlobalId.TryParse(stationText, out var id) || id.TypeName != "Station")
            {
                throw new HubUserInputException($"\"{stationText}\" is not a Station id.");
            }

            if (!await context.Db().Stations.AnyAsync(s => s.Id == id.Id, context.CancellationToken))
            {
                throw new HubUserInputException($"No station has the id \"{stationText}\".", HubErrorCodes.NotFound);
            }

            stationId = id.Id;
        }

        var kinds = context.GetArgument<List<ActivityKind>?>("kinds");
        return new ActivityFeedFilter(regionCode, stationId, kinds is { Count: > 0 } ? kinds.ToHashSet() : null, context.Service<AccessRules>().ActivityAudience);
    }
}
