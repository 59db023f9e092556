using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("AuditLog");
        entry.Property(e => e.Subject).HasMaxLength(200);
        entry.Property(e => e.Role).HasMaxLength(20);
        entry.Property(e => e.Mutation).HasMaxLength(100);
        entry.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(20);
        entry.Property(e => e.Reason).HasMaxLength(1000);
        entry.HasIndex(e => e.At).HasDatabaseName("IX_AuditLog_At_ForAuditLog");
    }
}
