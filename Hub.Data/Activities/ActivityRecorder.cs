using Hub.Data.Access;
using Hub.Data.ActivityFeed;
using Hub.Data.Model;
using Hub.Data.Observations;
using Hub.Data.Periods;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Activities;

/// <summary>
/// Validates an activity and stages it with the volunteer figures derived from its station's activities for that
/// month (the months the station did not report by hand) and its event for the live feed. The unit of work that
/// runs it stores all of it in one transaction and publishes the event after the commit, so no subscriber ever sees
/// an activity that was rolled back, and a failure leaves no activity without its figures.
/// </summary>
public sealed class ActivityRecorder(HubDbContext db, ActivityDerivedObservations derived, ActivityFeedOutbox outbox, TimeProvider clock, StationWriteScope scope)
{
    public const int MaxTitleLength = 300;
    public const int MaxPlaceLength = 200;
    public const int MaxPartners = 50;

    public async Task<ActivityRecordResult> RecordAsync(ActivityRecording input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        scope.EnsureMayWrite([input.StationId]);
        var partnerIds = input.PartnerIds?.Distinct().ToList() ?? [];
        var partners = partnerIds.Count is > 0 and <= MaxPartners
            ? await db.ResourcePartners.Where(p => partnerIds.Contains(p.Id)).ToListAsync(cancellationToken)
            : [];
        var errors = await ValidateAsync(input, partnerIds.Count, partners.Count, cancellationToken);
        if (errors.Count > 0)
        {
            return new ActivityRecordResult(null, errors);
        }

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
        db.Activities.Add(activity);
        await outbox.StageAsync(activity, cancellationToken);

        var month = ReportingPeriod.OfMonth(input.OccurredOn.Year, input.OccurredOn.Month);
        await derived.DeriveAsync([input.StationId], month, month, cancellationToken);
        return new ActivityRecordResult(activity, []);
    }

    private async Task<List<ActivityInputError>> ValidateAsync(ActivityRecording input, int partnersNamed, int partnersFound, CancellationToken cancellationToken)
    {
        var errors = new List<ActivityInputError>();
        if (!await db.Stations.AnyAsync(s => s.Id == input.StationId, cancellationToken))
        {
            errors.Add(new("stationId", "No such station."));
        }

        if (input.ProjectId is { } projectId && !await db.Projects.AnyAsync(p => p.Id == projectId && p.StationId == input.StationId, cancellationToken))
        {
            errors.Add(new("projectId", "No such project at this station."));
        }

        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Length > MaxTitleLength)
        {
            errors.Add(new("title", $"A title of 1 to {MaxTitleLength} characters is needed."));
        }

        if (input.Place?.Length > MaxPlaceLength)
        {
            errors.Add(new("place", $"A place holds at most {MaxPlaceLength} characters."));
        }

        if (input.OccurredOn > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(1)))
        {
            errors.Add(new("occurredOn", "An activity is recorded once it took place, not before."));
        }

        if (input.Participants < 0 || input.Volunteers < 0 || input.VolunteerHours < 0)
        {
            errors.Add(new(input.Participants < 0 ? "participants" : input.Volunteers < 0 ? "volunteers" : "volunteerHours", "Counts and hours cannot be negative."));
        }

        if (input.VolunteerHours is { } hours && (hours > 1_000_000 || hours * 100 != decimal.Truncate(hours * 100)))
        {
            errors.Add(new("volunteerHours", "Hours carry at most two decimal places and stay below 1,000,000."));
        }

        if (partnersNamed > MaxPartners)
        {
            errors.Add(new("partnerIds", $"At most {MaxPartners} partners."));
        }
        else if (partnersFound != partnersNamed)
        {
            errors.Add(new("partnerIds", "Some partner ids name no resource partner."));
        }

        return errors;
    }
}
