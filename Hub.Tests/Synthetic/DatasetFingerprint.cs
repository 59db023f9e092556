using System.Collections;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Hub.Tests.Synthetic;

/// <summary>
/// A hash per table of every row and column, read back through EF so that each provider's storage
/// types (decimals as TEXT on SQLite, DATE on MariaDB) come back as the same CLR values; rows are
/// compared as sorted text, so the order a database returns them in does not matter.
/// </summary>
public static class DatasetFingerprint
{
    public static IReadOnlyDictionary<string, string> Compute(HubDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var tables = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entityType in db.Model.GetEntityTypes())
        {
            var properties = entityType.GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
            var lines = new List<string>();
            foreach (var row in Rows(db, entityType))
            {
                lines.Add(string.Join('|', properties.Select(p => Format(p.GetGetter().GetClrValue(row)))));
            }

            lines.Sort(StringComparer.Ordinal);
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))))[..16];
            tables[entityType.GetTableName()!] = string.Create(CultureInfo.InvariantCulture, $"{lines.Count} rows {hash}");
        }

        return tables;
    }

    private static IEnumerable Rows(HubDbContext db, IEntityType entityType) =>
        entityType.HasSharedClrType
            ? db.Set<Dictionary<string, object>>(entityType.Name)
            : (IEnumerable)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(entityType.ClrType).Invoke(db, null)!;

    private static string Format(object? value) => value switch
    {
        null => "∅",
        decimal d => d.ToString("0.############################", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => Convert.ToInt64(e, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
