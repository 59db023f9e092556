using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class PartnershipConfiguration : IEntityTypeConfiguration<Partnership>
{
    public void Configure(EntityTypeBuilder<Partnership> partnership)
    {
        partnership.Property(p => p.Description).HasMaxLength(2000);
        partnership.Property(p => p.SeedFile).HasMaxLength(64);
        partnership.HasIndex(p => new { p.StationId, p.PartnerId }).IsUnique().HasDatabaseName("UX_Partnerships_StationId_PartnerId_ForPartnersOfStation");
        partnership.HasIndex(p => p.PartnerId).HasDatabaseName("IX_Partnerships_PartnerId_ForStationsOfPartner");
        partnership.HasOne(p => p.Station).WithMany().HasForeignKey(p => p.StationId).OnDelete(DeleteBehavior.Cascade);
        partnership.HasOne(p => p.Partner).WithMany(p => p.Partnerships).HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
