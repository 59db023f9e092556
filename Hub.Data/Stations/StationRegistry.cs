using Hub.Data.Access;
using Hub.Data.Model;
using Hub.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Stations;

/// <summary>
/// Registers and changes stations. Every method only stages its rows: the caller's unit of work saves them (with the
/// audit entry) and commits, or stores nothing when the result has errors.
/// </summary>
public sealed class StationRegistry(HubDbContext db, RegistryReads reads, StationWriteScope scope)
{
    public const int MaxNameLength = 200;

    /// <summary>What station staff may change of their own station: how it describes itself and how to reach it, not where it sits or who runs it.</summary>
    public static readonly IReadOnlyList<string> DescriptiveFields =
        ["opened", "floorAreaM2", "staffCount", "certifiedStaffCount", "rooms", "address", "description", "contactPerson", "contactPhone", "contactEmail", "contactAddress", "contactVisibility"];

    public async Task<WriteResult<Station>> CreateAsync(CreateStationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new InputErrors();
        var station = new Station
        {
            Name = errors.Text("name", input.Name, MaxNameLength, required: true) ?? "",
            Code = "",
            Kind = input.Kind,
            Opened = errors.MonthOrYear("opened", input.Opened),
            FloorAreaM2 = errors.Amount("floorAreaM2", input.FloorAreaM2, 0, 1_000_000m),
            StaffCount = errors.Range("staffCount", input.StaffCount, 0, 10_000),
            CertifiedStaffCount = errors.Range("certifiedStaffCount", input.CertifiedStaffCount, 0, 10_000),
            Rooms = errors.Text("rooms", input.Rooms, 1000),
            Address = errors.Text("address", input.Address, 300),
            Description = errors.Text("description", input.Description, 4000),
            ContactPerson = errors.Text("contactPerson", input.ContactPerson, StationContactRules.MaxPersonLength),
            ContactPhone = StationContactRules.Phone(errors, "contactPhone", input.ContactPhone),
            ContactEmail = StationContactRules.Email(errors, "contactEmail", input.ContactEmail),
            ContactAddress = errors.Text("contactAddress", input.ContactAddress, StationContactRules.MaxAddressLength),
            ContactVisibility = input.ContactVisibility ?? Visibility.Internal,
        };
        CheckStaff(errors, station);
        var region = await PlaceAsync(errors, station, input.RegionId, cancellationToken);
        station.OperatorId = await OrganizationAsync(errors, "operatorId", input.OperatorId, cancellationToken);
        station.FunderId = await OrganizationAsync(errors, "funderId", input.FunderId, cancellationToken);
        if (input.Code is not null)
        {
            station.Code = await CodeAsync(errors, input.Code, null, cancellationToken) ?? "";
        }
        else if (region is not null)
        {
            station.Code = await NextCodeAsync(region.Code, cancellationToken);
        }

        if (errors.Any)
        {
            return new WriteResult<Station>(null, errors.All);
        }

        db.Stations.Add(station);
        return new WriteResult<Station>(station, []);
    }

    public async Task<WriteResult<Station>> UpdateAsync(UpdateStationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new InputErrors();
        var station = await db.Stations.SingleOrDefaultAsync(s => s.Id == input.Id, cancellationToken);
        if (station is null)
        {
            errors.NotFound("id", "station");
            return new WriteResult<Station>(null, errors.All);
        }

        scope.EnsureMayWrite([station.Id]);
        if (scope.OnlyStationId is not null)
        {
            (string Field, bool Sent)[] adminFields =
            [
                ("name", input.Name.IsSet), ("code", input.Code.IsSet), ("kind", input.Kind.IsSet), ("status", input.Status.IsSet),
                ("closedOn", input.ClosedOn.IsSet), ("regionId", input.RegionId.IsSet), ("operatorId", input.OperatorId.IsSet), ("funderId", input.FunderId.IsSet),
            ];
            foreach (var field in adminFields.Where(f => f.Sent).Select(f => f.Field))
            {
                errors.Add(field, InputErrorCodes.Forbidden, $"Station staff may change only their station's descriptive fields ({string.Join(", ", DescriptiveFields)}); {field} needs an ADMIN caller.");
            }
        }

        // A cleared name is already "required" to Text; NotCleared would name the field twice.
        errors.NotCleared("kind", input.Kind);
        errors.NotCleared("status", input.Status);
        errors.NotCleared("regionId", input.RegionId);
        errors.NotCleared("code", input.Code);
        errors.NotCleared("contactVisibility", input.ContactVisibility);
        station.Name = errors.Text("name", input.Name, MaxNameLength, required: true).Or(station.Name) ?? station.Name;
        station.Kind = input.Kind.Or(station.Kind) ?? station.Kind;
        station.Opened = errors.MonthOrYear("opened", input.Opened).Or(station.Opened);
        station.FloorAreaM2 = errors.Amount("floorAreaM2", input.FloorAreaM2, 0, 1_000_000m).Or(station.FloorAreaM2);
        station.StaffCount = errors.Range("staffCount", input.StaffCount, 0, 10_000).Or(station.StaffCount);
        station.CertifiedStaffCount = errors.Range("certifiedStaffCount", input.CertifiedStaffCount, 0, 10_000).Or(station.CertifiedStaffCount);
        station.Rooms = errors.Text("rooms", input.Rooms, 1000).Or(station.Rooms);
        station.Address = errors.Text("address", input.Address, 300).Or(station.Address);
        station.Description = errors.Text("description", input.Description, 4000).Or(station.Description);
        station.ContactPerson = errors.Text("contactPerson", input.ContactPerson, StationContactRules.MaxPersonLength).Or(station.ContactPerson);
        station.ContactPhone = StationContactRules.Phone(errors, "contactPhone", input.ContactPhone).Or(station.ContactPhone);
        station.ContactEmail = StationContactRules.Email(errors, "contactEmail", input.ContactEmail).Or(station.ContactEmail);
        station.ContactAddress = errors.Text("contactAddress", input.ContactAddress, StationContactRules.MaxAddressLength).Or(station.ContactAddress);
        station.ContactVisibility = input.ContactVisibility.Or(station.ContactVisibility) ?? station.ContactVisibility;
        CheckStaff(errors, station);
        Close(errors, station, input.Status, input.ClosedOn);
        if (input.RegionId is { IsSet: true, Value: { } regionId } && regionId != station.RegionId)
        {
            await PlaceAsync(errors, station, regionId, cancellationToken);
        }

        if (input.OperatorId.IsSet)
        {
            station.OperatorId = await OrganizationAsync(errors, "operatorId", input.OperatorId.Value, cancellationToken);
        }

        if (input.FunderId.IsSet)
        {
            station.FunderId = await OrganizationAsync(errors, "funderId", input.FunderId.Value, cancellationToken);
        }

        if (input.Code is { IsSet: true, Value: { } code })
        {
            station.Code = await CodeAsync(errors, code, station.Id, cancellationToken) ?? station.Code;
        }

        return errors.Any ? new WriteResult<Station>(null, errors.All) : new WriteResult<Station>(station, []);
    }

    private static void CheckStaff(InputErrors errors, Station station)
    {
        if (station.CertifiedStaffCount > station.StaffCount)
        {
            errors.Bad("certifiedStaffCount", $"certifiedStaffCount ({station.CertifiedStaffCount}) cannot exceed staffCount ({station.StaffCount}).");
        }
    }

    /// <summary>Closing needs the day it closed; reopening (ACTIVE or SUSPENDED) forgets it.</summary>
    private static void Close(InputErrors errors, Station station, Patch<StationStatus?> status, Patch<DateOnly?> closedOn)
    {
        var newStatus = status.Or(station.Status) ?? station.Status;
        var newClosedOn = closedOn.IsSet ? closedOn.Value : newStatus == StationStatus.Closed ? station.ClosedOn : null;
        if (newStatus == StationStatus.Closed && newClosedOn is null)
        {
            errors.Bad("closedOn", "A closed station needs the day it closed (closedOn).");
        }
        else if (newStatus != StationStatus.Closed && newClosedOn is not null)
        {
            errors.Bad("closedOn", "closedOn is the day a station closed; set status CLOSED with it, or leave it out.");
        }
        else if (newClosedOn > DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)))
        {
            errors.Bad("closedOn", "closedOn may not lie in the future.");
        }

        station.Status = newStatus;
        station.ClosedOn = newClosedOn;
    }

    /// <summary>Sets the station's region and its denormalised district; the region must be a district or below.</summary>
    private async Task<Region?> PlaceAsync(InputErrors errors, Station station, int regionId, CancellationToken cancellationToken)
    {
        var region = await reads.RegionAsync(regionId, cancellationToken);
        if (region is null)
        {
            errors.NotFound("regionId", "region");
            return null;
        }

        if (region.Level < RegionLevel.District)
        {
            errors.Bad("regionId", $"A station lies in a district, street or community, not in a {region.Level.ToString().ToUpperInvariant()} ({region.Name}).");
            return null;
        }

        station.RegionId = region.Id;
        station.DistrictId = region.Level == RegionLevel.District
            ? region.Id
            : await reads.DistrictOfAsync(region.Id, cancellationToken);
        return region;
    }

    private async Task<int?> OrganizationAsync(InputErrors errors, string field, int? id, CancellationToken cancellationToken)
    {
        if (id is { } value && !await reads.OrganizationExistsAsync(value, cancellationToken))
        {
            errors.NotFound(field, "organisation");
        }

        return id;
    }

    private async Task<string?> CodeAsync(InputErrors errors, string text, int? ownId, CancellationToken cancellationToken)
    {
        if (StationCode.Normalize(text) is not { } code)
        {
            errors.Bad("code", $"A station code is 1 to {StationCode.MaxLength} characters of A-Z, 0-9, '-' and '_', not \"{text}\".");
            return null;
        }

        if (await reads.StationCodeTakenAsync(code, ownId, cancellationToken))
        {
            errors.Add("code", InputErrorCodes.Duplicate, $"Another station already has the code {code}.");
        }

        return code;
    }

    /// <summary>The region's code and the next free sequence number; two creations racing for one number collide on the unique index and the unit of work runs the loser again.</summary>
    private async Task<string> NextCodeAsync(string regionCode, CancellationToken cancellationToken)
    {
        var prefix = regionCode + "-";
        var taken = await db.Stations.Where(s => s.Code.StartsWith(prefix)).Select(s => s.Code).ToListAsync(cancellationToken);
        var next = taken.Select(c => int.TryParse(c.AsSpan(prefix.Length), out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
        return StationCode.For(regionCode, next);
    }
}
