using Hub.Data.Model;

namespace Hub.Data.Stations;

/// <summary>
/// A new station. Without a <paramref name="Code"/> the hub gives it its region's code and the next sequence number;
/// without a <paramref name="ContactVisibility"/> its contact block is INTERNAL until the station chooses.
/// </summary>
public sealed record CreateStationInput(
    string Name,
    StationKind Kind,
    int RegionId,
    string? Code = null,
    int? OperatorId = null,
    int? FunderId = null,
    string? Opened = null,
    decimal? FloorAreaM2 = null,
    int? StaffCount = null,
    int? CertifiedStaffCount = null,
    string? Rooms = null,
    string? Address = null,
    string? Description = null,
    string? ContactPerson = null,
    string? ContactPhone = null,
    string? ContactEmail = null,
    string? ContactAddress = null,
    Visibility? ContactVisibility = null);
