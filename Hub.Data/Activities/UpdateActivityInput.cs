using Hub.Data.Model;
using Hub.Data.Writes;

namespace Hub.Data.Activities;

/// <summary>
/// A correction of a recorded activity, as a patch. An activity stays with its station: its figures are that
/// station's. <see cref="PartnerIds"/> replaces the whole set when sent.
/// </summary>
public sealed record UpdateActivityInput(
    int Id,
    Patch<int?> ProjectId = default,
    Patch<ActivityKind?> Kind = default,
    Patch<string?> Title = default,
    Patch<DateOnly?> OccurredOn = default,
    Patch<string?> Place = default,
    Patch<int?> Participants = default,
    Patch<int?> Volunteers = default,
    Patch<decimal?> VolunteerHours = default,
    Patch<IReadOnlyList<int>?> PartnerIds = default);
