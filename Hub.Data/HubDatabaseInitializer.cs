using Hub.Data.Demo;
using Hub.Data.Indicators;
using Microsoft.EntityFrameworkCore;

namespace Hub.Data;

/// <summary>Brings a database to the current schema, the indicator catalogue up to date and, when empty, loads the demo dataset.</summary>
public sealed class HubDatabaseInitializer(HubDbContext db, HubDatabaseOptions options, TimeProvider clock)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (options.Migrate)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        await SyncCatalogueAsync(cancellationToken);
        await BuildRollupStoreIfMissingAsync(cancellationToken);

        if (options.SeedDemoData)
        {
            await DemoDataset.SeedAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
        }
    }

    /// <summary>
    /// A database that held observations before the roll-up store existed gets its store built once, here; after that
    /// every write keeps it (<see cref="RollupStoreMaintenance"/>).
    /// </summary>
    private async Task BuildRollupStoreIfMissingAsync(CancellationToken cancellationToken)
    {
        if (await db.RollupCells.AnyAsync(cancellationToken) || !await db.Observations.AnyAsync(cancellationToken))
        {
            return;
        }

        await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await new RollupStore(db).RebuildAsync(null, null, ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
    }

    /// <summary>Adds catalogue entries the database lacks and refreshes the labels of those it has; codes never change.</summary>
    private async Task SyncCatalogueAsync(CancellationToken cancellationToken)
    {
        var stored = await db.Indicators.ToDictionaryAsync(i => i.Code, cancellationToken);
        foreach (var entry in IndicatorCatalogue.All)
        {
            if (!stored.TryGetValue(entry.Code, out var indicator))
            {
                indicator = new() { Code = entry.Code, Label = entry.Label, LabelEn = entry.LabelEn, Unit = entry.Unit };
                db.Indicators.Add(indicator);
            }

            indicator.Label = entry.Label;
            indicator.LabelEn = entry.LabelEn;
            indicator.Unit = entry.Unit;
            indicator.Kind = entry.Kind;
            indicator.Sensitivity = entry.Sensitivity;
            indicator.SortOrder = entry.SortOrder;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
