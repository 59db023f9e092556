using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class RollupCellConfiguration : IEntityTypeConfiguration<RollupCell>
{
    public void Configure(EntityTypeBuilder<RollupCell> cell)
    {
        cell.ToTable("RollupCells");

        // The key is the reads' path: the cells of these stations or regions, these indicators, these periods.
        cell.HasKey(c => new { c.ScopeKind, c.ScopeId, c.IndicatorId, c.Period }).HasName("PK_RollupCells");
        cell.Property(c => c.ScopeKind).HasConversion<int>();

        // Small-cell suppression reads every station and region of an indicator and a year.
        cell.HasIndex(c => new { c.IndicatorId, c.Period })
            .HasDatabaseName("IX_RollupCells_Indicator_Period_ForSuppression");

        // No foreign keys: the scope id points at a station or a region by kind, and the store is rebuilt from base rows.
        cell.Property(c => c.ScopeId).ValueGeneratedNever();
    }
}
