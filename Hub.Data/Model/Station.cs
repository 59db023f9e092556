namespace Hub.Data.Model;

public class Station : ISeeded
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The business key people type (<see cref="Stations.StationCode"/>): unique, upper case, e.g. "370102002000-01".</summary>
    public required string Code { get; set; }
    public StationKind Kind { get; set; }
    public StationStatus Status { get; set; } = StationStatus.Active;

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

    public string? Address { get; set; }
    public string? Description { get; set; }
    public string? SeedFile { get; set; }

    public List<Brand> Brands { get; set; } = [];
    public List<Project> Projects { get; set; } = [];
}
