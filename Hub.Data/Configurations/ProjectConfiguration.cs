using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> project)
    {
        project.Property(p => p.Name).HasMaxLength(200);
        project.Property(p => p.Summary).HasMaxLength(4000);
        project.Property(p => p.Funding).HasPrecision(18, 2);
        project.Property(p => p.SeedFile).HasMaxLength(64);
        project.HasIndex(p => new { p.StationId, p.Name }).HasDatabaseName("IX_Projects_StationId_Name_ForProjectsOfStation");
        project.HasIndex(p => p.BrandId).HasDatabaseName("IX_Projects_BrandId_ForProjectsOfBrand");
        project.HasIndex(p => new { p.Visibility, p.Status }).HasDatabaseName("IX_Projects_Visibility_Status_ForPublicListing");
        // The anonymous project listing pages public projects by name.
        project.HasIndex(p => new { p.Visibility, p.Name, p.Id }).HasDatabaseName("IX_Projects_Visibility_Name_ForProjectListing");
        project.HasOne(p => p.Station).WithMany(s => s.Projects).HasForeignKey(p => p.StationId).OnDelete(DeleteBehavior.Cascade);
        project.HasOne(p => p.Brand).WithMany(b => b.Projects).HasForeignKey(p => p.BrandId).OnDelete(DeleteBehavior.SetNull);
        project.HasMany(p => p.Communities).WithMany().UsingEntity(
            "ProjectCommunities",
            right => right.HasOne(typeof(Region)).WithMany().HasForeignKey("RegionId").OnDelete(DeleteBehavior.Cascade),
            left => left.HasOne(typeof(Project)).WithMany().HasForeignKey("ProjectId").OnDelete(DeleteBehavior.Cascade),
            join => join.HasKey("ProjectId", "RegionId"));
    }
}
