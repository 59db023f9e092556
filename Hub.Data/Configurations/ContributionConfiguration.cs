using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class ContributionConfiguration : IEntityTypeConfiguration<Contribution>
{
    public void Configure(EntityTypeBuilder<Contribution> contribution)
    {
        contribution.Property(c => c.Value).HasPrecision(18, 2);
        contribution.Property(c => c.Description).HasMaxLength(2000);
        contribution.Property(c => c.SeedFile).HasMaxLength(64);
        contribution.HasIndex(c => new { c.StationId, c.ContributedOn }).HasDatabaseName("IX_Contributions_StationId_Date_ForContributionsOfStation");
        contribution.HasIndex(c => c.PartnerId).HasDatabaseName("IX_Contributions_PartnerId_ForContributionsOfPartner");
        contribution.HasOne(c => c.Partner).WithMany().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Cascade);
        contribution.HasOne(c => c.Station).WithMany().HasForeignKey(c => c.StationId).OnDelete(DeleteBehavior.Cascade);
        contribution.HasOne(c => c.Project).WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.SetNull);
    }
}
