using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> record)
    {
        record.ToTable("IdempotencyRecords");
        record.Property(r => r.Subject).HasMaxLength(200);
        record.Property(r => r.Key).HasMaxLength(200);
        record.Property(r => r.Mutation).HasMaxLength(100);
        record.Property(r => r.InputHash).HasMaxLength(64);

        // Two retries racing with one key: the second insert fails on this key and its unit of work, run again, replays.
        record.HasIndex(r => new { r.Subject, r.Key, r.Mutation }).IsUnique()
            .HasDatabaseName("UX_IdempotencyRecords_Subject_Key_Mutation_ForReplays");
        record.HasIndex(r => r.CreatedAt).HasDatabaseName("IX_IdempotencyRecords_CreatedAt_ForExpiry");
    }
}
