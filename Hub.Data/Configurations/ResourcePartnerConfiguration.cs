using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class ResourcePartnerConfiguration : IEntityTypeConfiguration<ResourcePartner>
{
    public void Configure(EntityTypeBuilder<ResourcePartner> partner)
    {
        partner.ToTable("ResourcePartners");
        partner.Property(p => p.Name).HasMaxLength(200);
        partner.Property(p => p.CreditCode).HasMaxLength(18).IsUnicode(false);
        partner.Property(p => p.Description).HasMaxLength(2000);
        partner.Property(p => p.SeedFile).HasMaxLength(64);
        partner.HasIndex(p => p.Name).HasDatabaseName("IX_ResourcePartners_Name_ForSortByName");
        partner.HasIndex(p => new { p.Kind, p.Name }).HasDatabaseName("IX_ResourcePartners_Kind_Name_ForPartnersByKind");
        partner.HasOne(p => p.Region).WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.SetNull);
    }
}
