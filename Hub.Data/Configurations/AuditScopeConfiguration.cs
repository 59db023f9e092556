using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class AuditScopeConfiguration : IEntityTypeConfiguration<AuditScope>
{
    public void Configure(EntityTypeBuilder<AuditScope> scope)
    {
        scope.ToTable("AuditScopes");
        scope.Property(s => s.Entity).HasMaxLength(64);
        scope.HasOne<AuditEntry>().WithMany().HasForeignKey(s => s.AuditEntryId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_AuditScopes_AuditLog_AuditEntryId");

        // auditLog(...) looks up the entries about a station, a region subtree or a kind of row, newest first:
        // each filter seeks its own index and reads entry ids in order.
        scope.HasIndex(s => s.AuditEntryId).HasDatabaseName("IX_AuditScopes_Entry_ForAuditLogScopes");
        scope.HasIndex(s => new { s.StationId, s.AuditEntryId }).HasDatabaseName("IX_AuditScopes_Station_Entry_ForAuditLogByStation");
        scope.HasIndex(s => new { s.RegionId, s.AuditEntryId }).HasDatabaseName("IX_AuditScopes_Region_Entry_ForAuditLogByRegion");
        scope.HasIndex(s => new { s.Entity, s.AuditEntryId }).HasDatabaseName("IX_AuditScopes_Entity_Entry_ForAuditLogByEntity");
    }
}
