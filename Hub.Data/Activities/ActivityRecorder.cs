using Hub.Data.Access;
using Hub.Data.ActivityFeed;
using Hub.Data.Model;
using Hub.Data.Observations;
using Hub.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Activities;

/// <summary>
/// Validates an activity and stages it with the volunteer figures derived from its station's activities for that
/// month (the months the station did not report by hand) and its event for the live feed. The unit of work that
/// runs it stores all of it in one transaction and publishes the event after the commit, so no subscriber ever sees
/// an activity that was rolled back, and a failure leaves no activity without its figures.
/// </summary>
public sealed class ActivityRecorder(HubDbContext db, ActivityRules rules, ActivityDerivedObservations derived, ActivityFeedOutbox outbox, TimeProvider clock, StationWriteScope scope)
{
    public async Task<ActivityRecordResult> RecordAsync(ActivityRecording input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        scope.EnsureMayWrite([input.StationId]);
        var errors = new InputErrors();
        if (!await db.Stations.AnyAsync(s => s.Id == input.StationId, cancellationToken))
        {
            errors.NotFound("stationId", "station");
        }

        var partners = await rules.PartnersAsync(errors, input.PartnerIds, cancellationToken);
        var activity = new Activity
        {
            StationId = input.StationId,
            ProjectId = input.ProjectId,
            Kind = input.Kind,
            Title = input.Title.Trim(),
            OccurredOn = input.OccurredOn,
            Place = input.Place,
            Participants = input.Participants,
            Volunteers = input.Volunteers,
            VolunteerHours = input.VolunteerHours,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
            Partners = partners,
        };
        await rules.CheckAsync(errors, activity, cancellationToken);
        if (errors.Any)
        {
            return new ActivityRecordResult(null, [.. errors.All.Select(e => new ActivityInputError(e.Field, e.Message))]);
        }

        db.Activities.Add(activity);
        await outbox.StageAsync(activity, cancellationToken);
        await derived.DeriveMonthsAsync(input.StationId, [input.OccurredOn], cancellationToken);
        return new ActivityRecordResult(activity, []);
    }
}
