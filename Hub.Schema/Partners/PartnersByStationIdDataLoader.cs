using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.DataLoaders;
using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.Partners;

/// <summary>The resource partners linked to each station, through its partnerships.</summary>
public sealed class PartnersByStationIdDataLoader(HubDbContext db) : EntitiesByKeyDataLoader<ResourcePartner>
{
    protected override IQueryable<KeyedRow<ResourcePartner>> Query(IReadOnlyList<int> keys) =>
        db.Partnerships.AsNoTracking()
            .Where(p => keys.Contains(p.StationId))
            .OrderBy(p => p.Partner.Name).ThenBy(p => p.PartnerId)
            .Select(p => new KeyedRow<ResourcePartner>(p.StationId, p.Partner));
}
