using Hub.Data.Model;
using Hub.Data.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> organization)
    {
        organization.Property(o => o.Name).HasMaxLength(200);
        organization.Property(o => o.CreditCode).HasMaxLength(UnifiedSocialCreditCode.Length).IsUnicode(false);
        organization.Property(o => o.Founded).HasMaxLength(10).IsUnicode(false);
        organization.Property(o => o.LegalForm).HasMaxLength(50);
        organization.Property(o => o.Description).HasMaxLength(4000);
        organization.Property(o => o.SeedFile).HasMaxLength(64);
        organization.HasIndex(o => o.Name).IsUnique().HasDatabaseName("UX_Organizations_Name");
        // NULLs are distinct in a unique index on SQLite and MySQL/MariaDB alike: any number of organisations may lack a code.
        organization.HasIndex(o => o.CreditCode).IsUnique().HasDatabaseName("UX_Organizations_CreditCode_ForOrganizationByCreditCode");
        organization.HasOne(o => o.Region).WithMany().HasForeignKey(o => o.RegionId).OnDelete(DeleteBehavior.SetNull);
    }
}
