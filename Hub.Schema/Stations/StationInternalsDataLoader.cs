using Hub.Data.Indicators;
using Hub.Schema.Access;
using Hub.Schema.DataLoaders;

namespace Hub.Schema.Stations;

/// <summary>
/// Whether the caller may read each station's internal fields (its INTERNAL contact block): the rule of its internal
/// figures, asked for every station of a level at once, so a page of stations costs an analyst one statement and
/// everyone else none.
/// </summary>
public sealed class StationInternalsDataLoader(AccessRules rules) : BatchDataLoader<int, bool>
{
    protected override async Task<IReadOnlyDictionary<int, bool>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        var privileged = await rules.PrivilegedAsync(RollupScope.Station, keys, cancellationToken);
        return keys.Distinct().ToDictionary(id => id, privileged.Contains);
    }

    protected override bool Missing(int key) => false;
}
