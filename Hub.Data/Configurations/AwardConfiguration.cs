using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class AwardConfiguration : IEntityTypeConfiguration<Award>
{
    public void Configure(EntityTypeBuilder<Award> award)
    {
        award.Property(a => a.Title).HasMaxLength(300);
        award.Property(a => a.Grade).HasMaxLength(50);
        award.Property(a => a.Grantor).HasMaxLength(200);
        award.Property(a => a.SeedFile).HasMaxLength(64);
        award.HasIndex(a => new { a.StationId, a.AwardedOn }).HasDatabaseName("IX_Awards_StationId_AwardedOn_ForAwardsOfStation");
        award.HasOne(a => a.Station).WithMany().HasForeignKey(a => a.StationId).OnDelete(DeleteBehavior.Cascade);
        award.HasOne(a => a.Project).WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.SetNull);
    }
}
