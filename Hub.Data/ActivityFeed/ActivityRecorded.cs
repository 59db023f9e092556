using Hub.Data.Model;

namespace Hub.Data.ActivityFeed;

/// <summary>
/// An activity as it was stored, published once its transaction committed. It carries every column a subscriber
/// may select, so delivering it to thousands of subscribers costs no database round trip, and the codes of every
/// region that contains its station, so a subscriber to any level of the region tree is matched without one.
/// <see cref="OfInternalProject"/> keeps activities of internal projects from subscribers who may not see them.
/// </summary>
public sealed record ActivityRecorded(
    int ActivityId,
    int StationId,
    int? ProjectId,
    ActivityKind Kind,
    string Title,
    DateOnly? OccurredOn,
    string? Place,
    int? RegionId,
    int? Participants,
    int? Volunteers,
    decimal? VolunteerHours,
    DateTime RecordedAt,
    IReadOnlyList<string> RegionCodes,
    bool OfInternalProject = false)
{
    public static ActivityRecorded Of(Activity activity, IReadOnlyList<string> regionCodes, bool ofInternalProject)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new(
            activity.Id,
            activity.StationId,
            activity.ProjectId,
            activity.Kind,
            activity.Title,
            activity.OccurredOn,
            activity.Place,
            activity.RegionId,
            activity.Participants,
            activity.Volunteers,
            activity.VolunteerHours,
            activity.RecordedAt,
            regionCodes,
            ofInternalProject);
    }

    /// <summary>The activity as the schema's Activity type reads it (navigation properties are not loaded).</summary>
    public Activity ToActivity() => new()
    {
        Id = ActivityId,
        StationId = StationId,
        ProjectId = ProjectId,
        Kind = Kind,
        Title = Title,
        OccurredOn = OccurredOn,
        Place = Place,
        RegionId = RegionId,
        Participants = Participants,
        Volunteers = Volunteers,
        VolunteerHours = VolunteerHours,
        RecordedAt = RecordedAt,
    };
}
