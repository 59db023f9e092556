using System.Data;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Hub.Data.RegistryWorkbook;

/// <summary>
/// Writes the registry, or the part of it under one region, as the workbook <see cref="RegistryWorkbookImporter"/>
/// reads: the same sheets, headers and keys, enums as the API spells them, dates as 2024-11-05, so that exporting
/// and importing again changes nothing.
/// </summary>
public sealed class RegistryWorkbookExporter(HubDbContext db)
{
    /// <summary>Writes the workbook; <paramref name="regionCode"/> limits it to the stations of that region's subtree.</summary>
    /// <returns>The rows written per sheet, or null when no region has <paramref name="regionCode"/>.</returns>
    public async Task<IReadOnlyList<(string Sheet, int Rows)>?> ExportAsync(Stream output, string? regionCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        HashSet<int>? subtree = null;
        if (regionCode is not null)
        {
            var root = await db.Regions.AsNoTracking().Where(r => r.Code == regionCode).Select(r => (int?)r.Id).SingleOrDefaultAsync(cancellationToken);
            if (root is null)
            {
                return null;
            }

            subtree = [.. await db.RegionClosures.AsNoTracking().Where(c => c.AncestorId == root).Select(c => c.DescendantId).ToListAsync(cancellationToken)];
        }

        var rows = await RegistryRows.ReadAsync(db, subtree, cancellationToken);
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        var counts = new List<(string, int)>();
        foreach (var sheet in RegistrySheets.All)
        {
            var table = new DataTable(sheet.Name);
            foreach (var column in sheet.Columns)
            {
                table.Columns.Add(column.Header, typeof(object));
            }

            foreach (var row in rows[sheet])
            {
                table.Rows.Add(row.Take(sheet.Columns.Count).Select(v => v ?? DBNull.Value).ToArray());
            }

            sheets[sheet.Name] = table;
            counts.Add((sheet.Name, table.Rows.Count));
        }

        await output.SaveAsAsync(sheets, cancellationToken: cancellationToken);
        return counts;
    }
}
