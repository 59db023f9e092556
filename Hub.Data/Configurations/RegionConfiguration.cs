using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> region)
    {
        region.Property(r => r.Code).HasMaxLength(12).IsUnicode(false);
        region.Property(r => r.Name).HasMaxLength(100);
        region.Property(r => r.AreaKm2).HasPrecision(12, 4);
        region.Property(r => r.SeedFile).HasMaxLength(64);
        region.HasIndex(r => r.Code).IsUnique().HasDatabaseName("UX_Regions_Code_ForRegionByCode");
        region.HasIndex(r => new { r.ParentId, r.Name }).HasDatabaseName("IX_Regions_ParentId_Name_ForChildren");
        region.HasIndex(r => new { r.Level, r.Name }).HasDatabaseName("IX_Regions_Level_Name_ForRegionsByLevel");
        region.HasOne(r => r.Parent).WithMany(r => r.Children).HasForeignKey(r => r.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
