using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class BrandConfiguration : IEntityTypeConfiguration<Brand>
{
    public void Configure(EntityTypeBuilder<Brand> brand)
    {
        brand.Property(b => b.Name).HasMaxLength(200);
        brand.Property(b => b.Description).HasMaxLength(4000);
        brand.Property(b => b.SeedFile).HasMaxLength(64);
        brand.HasIndex(b => new { b.StationId, b.Name }).IsUnique().HasDatabaseName("UX_Brands_StationId_Name_ForBrandsOfStation");
        brand.HasOne(b => b.Station).WithMany(s => s.Brands).HasForeignKey(b => b.StationId).OnDelete(DeleteBehavior.Cascade);
    }
}
