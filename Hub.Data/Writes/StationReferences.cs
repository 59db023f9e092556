using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Writes;

/// <summary>
/// What a station's row may name: a project or a partner of that same station. The write scope sees only the row's
/// own station, so without these checks a row could reach into another station through what it names.
/// </summary>
internal static class StationReferences
{
    /// <summary>The project id when it names one of the station's projects; NOT_FOUND or BAD_USER_INPUT otherwise.</summary>
    public static async Task<int?> ProjectAsync(HubDbContext db, InputErrors errors, string field, int stationId, int? projectId, CancellationToken cancellationToken)
    {
        if (projectId is not { } id)
        {
            return null;
        }

        var owner = await db.Projects.Where(p => p.Id == id).Select(p => (int?)p.StationId).SingleOrDefaultAsync(cancellationToken);
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
    public static async Task<int?> PartnerAsync(HubDbContext db, InputErrors errors, string field, int stationId, int? partnerId, CancellationToken cancellationToken)
    {
        if (partnerId is not { } id)
        {
            return null;
        }

        if (!await db.ResourcePartners.AnyAsync(p => p.Id == id, cancellationToken))
        {
            errors.NotFound(field, "partner");
        }
        else if (!await db.Partnerships.AnyAsync(p => p.StationId == stationId && p.PartnerId == id, cancellationToken))
        {
            errors.Bad(field, $"{field} names a partner that does not work with this station; register it for the station first (createPartner).");
        }

        return id;
    }
}
