namespace Hub.Data.Writes;

/// <summary>
/// What a station's row may name: a project or a partner of that same station. The write scope sees only the row's
/// own station, so without these checks a row could reach into another station through what it names.
/// </summary>
internal static class StationReferences
{
    /// <summary>The project id when it names one of the station's projects; NOT_FOUND or BAD_USER_INPUT otherwise.</summary>
    public static async Task<int?> ProjectAsync(RegistryReads reads, InputErrors errors, string field, int stationId, int? projectId, CancellationToken cancellationToken)
    {
        if (projectId is not { } id)
        {
            return null;
        }

        var owner = await reads.StationOfProjectAsync(id, cancellationToken);
        if (owner is null)
        {
            errors.NotFound(field, "project");
        }
        else if (owner != stationId)
        {
            errors.Bad(field, $"{field} names a project of another station; the row and its project belong to the same station.");
        }

        return id;
    }

    /// <summary>The partner id when the partner works with the station (a partnership, see createPartner); NOT_FOUND or BAD_USER_INPUT otherwise.</summary>
    public static async Task<int?> PartnerAsync(RegistryReads reads, InputErrors errors, string field, int stationId, int? partnerId, CancellationToken cancellationToken)
    {
        if (partnerId is not { } id)
        {
            return null;
        }

        if (!await reads.PartnerExistsAsync(id, cancellationToken))
        {
            errors.NotFound(field, "partner");
        }
        else if (!await reads.WorksWithAsync(stationId, id, cancellationToken))
        {
            errors.Bad(field, $"{field} names a partner that does not work with this station; register it for the station first (createPartner).");
        }

        return id;
    }

    /// <summary>
    /// The region id when it is the station's own region or one below it (where the station works); NOT_FOUND when no
    /// region has the id, BAD_USER_INPUT with <paramref name="outside"/> when it lies outside the station's region.
    /// </summary>
    public static async Task<int?> RegionWithinAsync(RegistryReads reads, InputErrors errors, string field, int stationId, int? regionId, string outside, CancellationToken cancellationToken)
    {
        if (regionId is not { } id)
        {
            return null;
        }

        var stationRegion = await reads.StationRegionAsync(stationId, cancellationToken);
        if (!await reads.RegionExistsAsync(id, cancellationToken))
        {
            errors.NotFound(field, "region");
        }
        else if (!(await reads.WithinAsync(stationRegion, [id], cancellationToken)).Contains(id))
        {
            errors.Bad(field, outside);
        }

        return id;
    }
}
