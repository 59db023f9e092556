using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.MediaReports;

public sealed class MediaReportsByStationIdDataLoader(HubDbContext db) : EntitiesByKeyDataLoader<MediaReport>
{
    protected override IQueryable<MediaReport> Query(IReadOnlyList<int> keys) =>
        db.MediaReports.Where(e => keys.Contains(e.StationId)).OrderBy(e => e.Id);

    protected override int KeyOf(MediaReport entity) => entity.StationId;
}
