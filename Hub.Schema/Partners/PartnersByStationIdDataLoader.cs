using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.DataLoaders;
using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.Partners;

/// <summary>The resource partners linked to each station, through its partnerships.</summary>
public sealed class PartnersByStationIdDataLoader(HubDbContext db) : BatchDataLoader<int, IReadOnlyList<ResourcePartner>>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<ResourcePartner>>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        var rows = await db.Partnerships.AsNoTracking()
            .Where(p => keys.Contains(p.StationId))
            .OrderBy(p => p.Partner.Name).ThenBy(p => p.PartnerId)
            .Select(p => new { p.StationId, p.Partner })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.StationId).ToDictionary(g => g.Key, g => (IReadOnlyList<ResourcePartner>)[.. g.Select(r => r.Partner)]);
    }

    protected override IReadOnlyList<ResourcePartner> Missing(int key) => [];
}
