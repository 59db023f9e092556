namespace Hub.Data.Model;

public class Station : ISeeded
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The business key people type (<see cref="Stations.StationCode"/>): unique, upper case, e.g. "370102002000-01".</summary>
    public required string Code { get; set; }
    public StationKind Kind { get; set; }
    public StationStatus Status { get; set; } = StationStatus.Active;

    /// <summary>The day a <see cref="StationStatus.Closed"/> station closed; stations are closed, never deleted.</summary>
    public DateOnly? ClosedOn { get; set; }

    /// <summary>The most specific region the sources place the station in (street, or community, or district when nothing finer is known).</summary>
    public int RegionId { get; set; }
    public Region Region { get; set; } = null!;

    /// <summary>Denormalised district (区/县) for the comparisons analysts make most; null only above district level.</summary>
    public int? DistrictId { get; set; }
    public Region? District { get; set; }

    public int? OperatorId { get; set; }
    public Organization? Operator { get; set; }
    public int? FunderId { get; set; }
    public Organization? Funder { get; set; }

    /// <summary>Opening month or year as the source states it ("2021-11").</summary>
    public string? Opened { get; set; }

    public decimal? FloorAreaM2 { get; set; }
    public int? StaffCount { get; set; }
    public int? CertifiedStaffCount { get; set; }

    /// <summary>Rooms and facilities, as listed by the station.</summary>
    public string? Rooms { get; set; }

    /// <summary>Where the station is: on its door, so public like every other field above.</summary>
    public string? Address { get; set; }
    public string? Description { get; set; }

    /// <summary>Whom to ask (联系人); with the phone, email and contact address the contact block that <see cref="ContactVisibility"/> shows or keeps inside.</summary>
    public string? ContactPerson { get; set; }

    /// <summary>As typed, checked by <see cref="Stations.StationContactRules"/> (digits, spaces, hyphens, parentheses, a leading +).</summary>
    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    /// <summary>Where to write or go to get in touch, when it is not the station's <see cref="Address"/> (the operator's office, say).</summary>
    public string? ContactAddress { get; set; }

    /// <summary>
    /// The station's choice: PUBLIC shows the contact block to everyone, INTERNAL only to those who may read the
    /// station's internal fields. INTERNAL until the station chooses, because a phone number is a person's.
    /// </summary>
    public Visibility ContactVisibility { get; set; } = Visibility.Internal;
    public string? SeedFile { get; set; }

    public List<Brand> Brands { get; set; } = [];
    public List<Project> Projects { get; set; } = [];
}
