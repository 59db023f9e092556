using Hub.Data;
using Hub.Data.Model;
using Hub.Schema.Access;
using Hub.Schema.DataLoaders;
using Microsoft.EntityFrameworkCore;

namespace Hub.Schema.Stations;

/// <summary>
/// Stations by their canonical (upper-case) code, many codes in one <c>WHERE Code IN (...)</c> on UX_Stations_Code_ForStationByCode;
/// a station the caller may not see is missing (null), like one that does not exist.
/// </summary>
public sealed class StationsByCodeDataLoader(HubDbContext db, AccessRules rules) : BatchDataLoader<string, Station?>
{
    protected override async Task<IReadOnlyDictionary<string, Station?>> FetchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var rows = await rules.Visible(db.Stations.AsNoTracking())
            .Where(s => keys.Contains(s.Code))
            .ToListAsync(cancellationToken);

        // The database may compare without regard to case (MariaDB's default collation); the keys are canonical, so match them exactly.
        return rows.Where(s => keys.Contains(s.Code, StringComparer.Ordinal)).ToDictionary(s => s.Code, s => (Station?)s, StringComparer.Ordinal);
    }

    protected override Station? Missing(string key) => null;
}
