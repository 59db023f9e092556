using Hub.Data.Model;
using Hub.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Activities;

/// <summary>
/// What a stored activity must satisfy, once for both ways in: <c>recordActivity</c> (<see cref="ActivityRecorder"/>)
/// and a correction (<see cref="ActivityRegistry"/>), so a corrected activity can hold nothing a recorded one could not.
/// </summary>
public sealed class ActivityRules(HubDbContext db, TimeProvider clock)
{
    public const int MaxTitleLength = 300;
    public const int MaxPlaceLength = 200;
    public const int MaxPartners = 50;
    public const decimal MaxVolunteerHours = 1_000_000m;

    /// <summary>The partners the ids name; an error when there are too many or some name no resource partner.</summary>
    public async Task<List<ResourcePartner>> PartnersAsync(InputErrors errors, IReadOnlyList<int>? ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var distinct = ids?.Distinct().ToList() ?? [];
        if (distinct.Count > MaxPartners)
        {
            errors.Bad("partnerIds", $"At most {MaxPartners} partners.");
            return [];
        }

        var partners = distinct.Count == 0 ? [] : await db.ResourcePartners.Where(p => distinct.Contains(p.Id)).ToListAsync(cancellationToken);
        if (partners.Count != distinct.Count)
        {
            errors.Add("partnerIds", InputErrorCodes.NotFound, "Some partner ids name no resource partner.");
        }

        return partners;
    }

    /// <summary>Checks the activity as it would be stored: its project at its station, its text, its day, its counts and hours.</summary>
    public async Task CheckAsync(InputErrors errors, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ProjectId is { } projectId && !await db.Projects.AnyAsync(p => p.Id == projectId && p.StationId == activity.StationId, cancellationToken))
        {
            errors.Add("projectId", InputErrorCodes.NotFound, "No such project at this station.");
        }

        if (string.IsNullOrWhiteSpace(activity.Title) || activity.Title.Length > MaxTitleLength)
        {
            errors.Bad("title", $"A title of 1 to {MaxTitleLength} characters is needed.");
        }

        if (activity.Place?.Length > MaxPlaceLength)
        {
            errors.Bad("place", $"A place holds at most {MaxPlaceLength} characters.");
        }

        if (activity.OccurredOn > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(1)))
        {
            errors.Bad("occurredOn", "An activity is recorded once it took place, not before.");
        }

        if (activity.Participants < 0 || activity.Volunteers < 0 || activity.VolunteerHours < 0)
        {
            errors.Bad(activity.Participants < 0 ? "participants" : activity.Volunteers < 0 ? "volunteers" : "volunteerHours", "Counts and hours cannot be negative.");
        }

        if (activity.VolunteerHours is { } hours && (hours > MaxVolunteerHours || hours * 100 != decimal.Truncate(hours * 100)))
        {
            errors.Bad("volunteerHours", "Hours carry at most two decimal places and stay below 1,000,000.");
        }
    }
}
