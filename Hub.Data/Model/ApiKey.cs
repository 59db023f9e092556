namespace Hub.Data.Model;

/// <summary>
/// A credential handed to a partner, a station or an analyst. Its secret is shown once, when the key is made;
/// the hub keeps only a hash of it, so neither a copy of the database nor a log reveals a usable key.
/// </summary>
public class ApiKey
{
    public int Id { get; set; }

    /// <summary>The non-secret half of the key text, by which a presented key is looked up.</summary>
    public required string PublicId { get; set; }

    /// <summary>SHA-256 of the secret half. The secret is 32 random bytes, so a fast hash resists guessing as well as a slow one would.</summary>
    public required byte[] SecretHash { get; set; }

    /// <summary>Who holds the key, unique; it becomes the caller's subject ("key:&lt;name&gt;") in the audit log.</summary>
    public required string Name { get; set; }

    /// <summary>PARTNER, STATION_STAFF, ANALYST or ADMIN.</summary>
    public required string Role { get; set; }

    /// <summary>The station a STATION_STAFF key writes for.</summary>
    public int? StationId { get; set; }

    public Station? Station { get; set; }

    /// <summary>The root of the region subtree an ANALYST key reads.</summary>
    public string? RegionCode { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }
}
