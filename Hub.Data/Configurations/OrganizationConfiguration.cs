using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> organization)
    {
        organization.Property(o => o.Name).HasMaxLength(200);
        organization.Property(o => o.CreditCode).HasMaxLength(18).IsUnicode(false);
        organization.Property(o => o.Founded).HasMaxLength(10).IsUnicode(false);
        organization.Property(o => o.LegalForm).HasMaxLength(50);
        organization.Property(o => o.Description).HasMaxLength(4000);
        organization.Property(o => o.SeedFile).HasMaxLength(64);
        organization.HasIndex(o => o.Name).IsUnique().HasDatabaseName("UX_Organizations_Name");
        organization.HasOne(o => o.Region).WithMany().HasForeignKey(o => o.RegionId).OnDelete(DeleteBehavior.SetNull);
    }
}
