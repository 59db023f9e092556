using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class RegionClosureConfiguration : IEntityTypeConfiguration<RegionClosure>
{
    public void Configure(EntityTypeBuilder<RegionClosure> closure)
    {
        closure.ToTable("RegionClosures");
        closure.HasKey(c => new { c.AncestorId, c.DescendantId });
        closure.HasIndex(c => new { c.DescendantId, c.AncestorId }).HasDatabaseName("IX_RegionClosures_Descendant_ForAncestorsOfRegion");
        closure.HasOne<Region>().WithMany().HasForeignKey(c => c.AncestorId).OnDelete(DeleteBehavior.Cascade);
        closure.HasOne<Region>().WithMany().HasForeignKey(c => c.DescendantId).OnDelete(DeleteBehavior.Cascade);
    }
}
