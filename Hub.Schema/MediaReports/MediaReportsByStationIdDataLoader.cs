using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.MediaReports;

public sealed class MediaReportsByStationIdDataLoader(HubDbContext db) : EntitiesByKeyDataLoader<MediaReport>
{
    protected override IQueryable<KeyedRow<MediaReport>> Query(IReadOnlyList<int> keys) =>
        db.MediaReports.Where(e => keys.Contains(e.StationId)).OrderBy(e => e.Id)
            .Select(e => new KeyedRow<MediaReport>(e.StationId, e));
}
