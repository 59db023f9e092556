using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class ProjectResultConfiguration : IEntityTypeConfiguration<ProjectResult>
{
    public void Configure(EntityTypeBuilder<ProjectResult> result)
    {
        result.Property(r => r.Title).HasMaxLength(300);
        result.Property(r => r.Unit).HasMaxLength(50);
        result.Property(r => r.Baseline).HasPrecision(18, 4);
        result.Property(r => r.Target).HasPrecision(18, 4);
        result.Property(r => r.Actual).HasPrecision(18, 4);
        result.Property(r => r.SeedFile).HasMaxLength(64);
        result.HasIndex(r => r.ProjectId).HasDatabaseName("IX_ProjectResults_ProjectId_ForResultsOfProject");
        result.HasOne(r => r.Project).WithMany(p => p.Results).HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
