using Hub.Data.Model;
using Hub.Data.Writes;

namespace Hub.Data.Stations;

/// <summary>
/// A patch of a station. A station is never deleted: it is closed (<see cref="StationStatus.Closed"/> with
/// <paramref name="ClosedOn"/>) and keeps its figures. Station staff may change the descriptive fields of their
/// own station (<see cref="StationRegistry.DescriptiveFields"/>) and nothing else.
/// </summary>
public sealed record UpdateStationInput(
    int Id,
    Patch<string?> Name = default,
    Patch<string?> Code = default,
    Patch<StationKind?> Kind = default,
    Patch<StationStatus?> Status = default,
    Patch<DateOnly?> ClosedOn = default,
    Patch<int?> RegionId = default,
    Patch<int?> OperatorId = default,
    Patch<int?> FunderId = default,
    Patch<string?> Opened = default,
    Patch<decimal?> FloorAreaM2 = default,
    Patch<int?> StaffCount = default,
    Patch<int?> CertifiedStaffCount = default,
    Patch<string?> Rooms = default,
    Patch<string?> Address = default,
    Patch<string?> Description = default,
    Patch<string?> ContactPerson = default,
    Patch<string?> ContactPhone = default,
    Patch<string?> ContactEmail = default,
    Patch<string?> ContactAddress = default,
    Patch<Visibility?> ContactVisibility = default);
