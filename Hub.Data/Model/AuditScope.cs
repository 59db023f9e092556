namespace Hub.Data.Model;

/// <summary>
/// What an audit entry is about, for finding it: one row per distinct kind of row, station and region the mutation
/// stored. Station and region ids are plain numbers, not foreign keys: the log outlives a deleted station, and a
/// station's region is the one it had when the change was made (a move is about both regions).
/// </summary>
public class AuditScope
{
    public long Id { get; set; }

    public long AuditEntryId { get; set; }

    /// <summary>The kind of row, as the entry's changes name it (Observation, Project, Station, ...).</summary>
    public required string Entity { get; set; }

    /// <summary>The station the row is, or belongs to; null for rows of no station (an organisation, a region).</summary>
    public int? StationId { get; set; }

    /// <summary>That station's region when the change was made, or the region a Region row is.</summary>
    public int? RegionId { get; set; }
}
