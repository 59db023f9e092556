using Hub.Data.Access;
using Hub.Data.Model;
using Hub.Data.Observations;
using Hub.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Activities;

/// <summary>
/// Corrects and deletes recorded activities: ADMIN any station's, station staff their own station's. Like
/// <see cref="ActivityRecorder"/>, a write re-derives the volunteer figures of every month it touches (the month an
/// activity leaves and the month it moves to), so the observations and, with them, the roll-up store follow in the
/// same save. Corrections are not published on the live feed: <c>activityRecorded</c> announces new activities, and a
/// dashboard that counts them would count a corrected one twice.
/// </summary>
public sealed class ActivityRegistry(HubDbContext db, ActivityRules rules, ActivityDerivedObservations derived, StationLocks locks, StationWriteScope scope)
{
    public async Task<WriteResult<Activity>> UpdateAsync(UpdateActivityInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new InputErrors();
        var activity = await LoadAsync(input.Id, includePartners: input.PartnerIds.IsSet, cancellationToken);
        if (activity is null)
        {
            errors.NotFound("id", "activity");
            return new WriteResult<Activity>(null, errors.All);
        }

        var before = activity.OccurredOn;
        errors.NotCleared("kind", input.Kind);
        // A cleared title is already "required" to Text; NotCleared would name the field twice.
        errors.NotCleared("occurredOn", input.OccurredOn);
        activity.ProjectId = input.ProjectId.Or(activity.ProjectId);
        activity.Kind = input.Kind.Or(activity.Kind) ?? activity.Kind;
        activity.Title = errors.Text("title", input.Title, ActivityRules.MaxTitleLength, required: true).Or(activity.Title) ?? activity.Title;
        activity.OccurredOn = input.OccurredOn.Or(activity.OccurredOn) ?? activity.OccurredOn;
        activity.Place = errors.Text("place", input.Place, ActivityRules.MaxPlaceLength).Or(activity.Place);
        activity.Participants = input.Participants.Or(activity.Participants);
        activity.Volunteers = input.Volunteers.Or(activity.Volunteers);
        activity.VolunteerHours = input.VolunteerHours.Or(activity.VolunteerHours);
        if (input.PartnerIds.IsSet)
        {
            activity.Partners = await rules.PartnersAsync(errors, input.PartnerIds.Value, cancellationToken);
        }

        // Text fields were trimmed and bounded above; the rules see the activity as it would be stored.
        var checks = new InputErrors();
        await rules.CheckAsync(checks, activity, cancellationToken);
        foreach (var error in checks.All.Where(c => !errors.All.Any(e => e.Field == c.Field)))
        {
            errors.Add(error.Field, error.Code, error.Message);
        }

        if (errors.Any)
        {
            return new WriteResult<Activity>(null, errors.All);
        }

        await derived.DeriveMonthsAsync(activity.StationId, [before, activity.OccurredOn], cancellationToken);
        return new WriteResult<Activity>(activity, []);
    }

    /// <summary>Deletes an activity and takes it out of its month's derived figures. Answers the activity as it was.</summary>
    public async Task<WriteResult<Activity>> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var activity = await LoadAsync(id, includePartners: true, cancellationToken);
        if (activity is null)
        {
            errors.NotFound("id", "activity");
            return new WriteResult<Activity>(null, errors.All);
        }

        db.Activities.Remove(activity);
        await derived.DeriveMonthsAsync(activity.StationId, [activity.OccurredOn], cancellationToken);
        return new WriteResult<Activity>(activity, []);
    }

    /// <summary>
    /// The activity, tracked, read after its station is locked (<see cref="StationLocks"/>): a concurrent correction of
    /// the same station commits first, and this one's derived figures are computed from what it stored.
    /// </summary>
    private async Task<Activity?> LoadAsync(int id, bool includePartners, CancellationToken cancellationToken)
    {
        var stationId = await db.Activities.AsNoTracking().Where(a => a.Id == id).Select(a => (int?)a.StationId).SingleOrDefaultAsync(cancellationToken);
        if (stationId is not { } station)
        {
            return null;
        }

        // Before anything else: a caller is not told more of another station's activity than that it may not touch it.
        scope.EnsureMayWrite([station]);
        await locks.LockAsync([station], cancellationToken);
        var activities = db.Activities.Where(a => a.Id == id);
        return await (includePartners ? activities.Include(a => a.Partners) : activities).SingleOrDefaultAsync(cancellationToken);
    }
}
