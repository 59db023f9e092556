using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class ProjectComponentConfiguration : IEntityTypeConfiguration<ProjectComponent>
{
    public void Configure(EntityTypeBuilder<ProjectComponent> component)
    {
        component.Property(c => c.Name).HasMaxLength(200);
        component.Property(c => c.Description).HasMaxLength(2000);
        component.Property(c => c.SeedFile).HasMaxLength(64);
        component.HasIndex(c => new { c.ProjectId, c.SortOrder }).HasDatabaseName("IX_ProjectComponents_ProjectId_ForComponentsOfProject");
        component.HasOne(c => c.Project).WithMany(p => p.Components).HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        component.HasOne(c => c.Parent).WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
