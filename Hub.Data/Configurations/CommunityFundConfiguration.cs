using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class CommunityFundConfiguration : IEntityTypeConfiguration<CommunityFund>
{
    public void Configure(EntityTypeBuilder<CommunityFund> fund)
    {
        fund.Property(f => f.Name).HasMaxLength(200);
        fund.Property(f => f.Founded).HasMaxLength(10).IsUnicode(false);
        fund.Property(f => f.SeedFile).HasMaxLength(64);
        fund.HasIndex(f => new { f.StationId, f.Name }).HasDatabaseName("IX_CommunityFunds_StationId_Name_ForFundsOfStation");
        fund.HasOne(f => f.Station).WithMany().HasForeignKey(f => f.StationId).OnDelete(DeleteBehavior.Cascade);
        fund.HasOne(f => f.Region).WithMany().HasForeignKey(f => f.RegionId).OnDelete(DeleteBehavior.SetNull);
        fund.HasOne(f => f.Foundation).WithMany().HasForeignKey(f => f.FoundationId).OnDelete(DeleteBehavior.SetNull);
    }
}
