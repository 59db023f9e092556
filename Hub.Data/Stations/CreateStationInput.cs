using Hub.Data.Model;

namespace Hub.Data.Stations;

/// <summary>A new station. Without a <paramref name="Code"/> the hub gives it its region's code and the next sequence number.</summary>
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
    string? Description = null);
