using Hub.Data.Model;
using Hub.Data.Regions;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data.Demo;

/// <summary>The demo dataset: every entity and figure of the five seed documents in shared/seeds.</summary>
public static class DemoDataset
{
    /// <summary>
    /// Loads every entity and figure of the five seeds into an empty database. Does nothing when
    /// db.Regions already has rows. The indicator catalogue rows must already be in the database.
    /// </summary>
    /// <returns>True when the dataset was loaded, false when the database already had regions.</returns>
    public static async Task<bool> SeedAsync(HubDbContext db, DateTime loadedAtUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Regions.AnyAsync(cancellationToken))
        {
            return false;
        }

        // The MySQL provider retries on transient faults; a retry must replay the whole transaction.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(
            (db, loadedAtUtc),
            async (_, state, ct) =>
            {
                state.db.ChangeTracker.Clear();
                await LoadAsync(state.db, state.loadedAtUtc, ct);
                return true;
            },
            verifySucceeded: null,
            cancellationToken);
        return true;
    }

    private static async Task LoadAsync(HubDbContext db, DateTime loadedAtUtc, CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.ToDictionaryAsync(i => i.Code, StringComparer.Ordinal, cancellationToken);

        // One transaction: a half-loaded demo would pass the "Regions has rows" check and never be completed.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var regions = await AddRegionsAsync(db, cancellationToken);
        db.RegionClosures.AddRange(RegionClosureRows.For(regions.Values.OrderBy(r => r.Id)).OrderBy(c => c.DescendantId).ThenBy(c => c.Depth));
        await db.SaveChangesAsync(cancellationToken);

        SeedWriter Writer(string seedFile) => new(db, seedFile, loadedAtUtc, regions, indicators);

        // Each document is saved before the next one starts, so ids follow file order on every provider.
        ErqiXincunNewspaperReport.Load(Writer(SeedFiles.ErqiXincun));
        await db.SaveChangesAsync(cancellationToken);
        WudangRelocationSitePractice.Load(Writer(SeedFiles.Wudang));
        await db.SaveChangesAsync(cancellationToken);
        LeyixingRelatedStations.Load(Writer(SeedFiles.Wudang));
        await db.SaveChangesAsync(cancellationToken);
        KuiwenStandardisationMaterial.Load(Writer(SeedFiles.Kuiwen));
        await db.SaveChangesAsync(cancellationToken);
        CuizhaiAnnualReport2024.Load(Writer(SeedFiles.Cuizhai));
        await db.SaveChangesAsync(cancellationToken);
        QianfoshanMonthlyReport202411.Load(Writer(SeedFiles.Qianfoshan));
        await db.SaveChangesAsync(cancellationToken);

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Saves the region tree one level at a time, in code order, so parents exist and ids are stable.</summary>
    private static async Task<Dictionary<string, Region>> AddRegionsAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var byCode = new Dictionary<string, Region>(StringComparer.Ordinal);
        foreach (var level in Enum.GetValues<RegionLevel>())
        {
            foreach (var (code, name, seedFile) in RegionRegistry.Rows.Where(r => RegionRegistry.LevelOf(r.Code) == level).OrderBy(r => r.Code, StringComparer.Ordinal))
            {
                var parentCode = RegionRegistry.ParentCodeOf(code);
                var region = new Region
                {
                    Code = code,
                    Name = name,
                    Level = level,
                    Parent = parentCode is null ? null : byCode[parentCode],
                    SeedFile = seedFile,
                };
                byCode.Add(code, region);
                db.Regions.Add(region);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return byCode;
    }
}
