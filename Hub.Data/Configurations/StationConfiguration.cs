using Hub.Data.Model;
using Hub.Data.Stations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class StationConfiguration : IEntityTypeConfiguration<Station>
{
    public void Configure(EntityTypeBuilder<Station> station)
    {
        station.Property(s => s.Name).HasMaxLength(200);
        station.Property(s => s.Code).HasMaxLength(StationCode.MaxLength).IsUnicode(false);
        station.Property(s => s.Opened).HasMaxLength(10).IsUnicode(false);
        station.Property(s => s.FloorAreaM2).HasPrecision(12, 2);
        station.Property(s => s.Rooms).HasMaxLength(1000);
        station.Property(s => s.Address).HasMaxLength(300);
        station.Property(s => s.Description).HasMaxLength(4000);
        station.Property(s => s.ContactPerson).HasMaxLength(StationContactRules.MaxPersonLength);
        station.Property(s => s.ContactPhone).HasMaxLength(StationContactRules.MaxPhoneLength).IsUnicode(false);
        station.Property(s => s.ContactEmail).HasMaxLength(StationContactRules.MaxEmailLength);
        station.Property(s => s.ContactAddress).HasMaxLength(StationContactRules.MaxAddressLength);
        station.Property(s => s.SeedFile).HasMaxLength(64);
        station.HasIndex(s => s.Code).IsUnique().HasDatabaseName("UX_Stations_Code_ForStationByCode");
        station.HasIndex(s => s.RegionId).HasDatabaseName("IX_Stations_RegionId_ForStationsInRegion");
        station.HasIndex(s => new { s.DistrictId, s.Name }).HasDatabaseName("IX_Stations_DistrictId_Name_ForDistrictComparison");
        station.HasIndex(s => s.Name).HasDatabaseName("IX_Stations_Name_ForSortByName");
        station.HasIndex(s => s.OperatorId).HasDatabaseName("IX_Stations_OperatorId");
        station.HasIndex(s => s.FunderId).HasDatabaseName("IX_Stations_FunderId");
        station.HasOne(s => s.Region).WithMany().HasForeignKey(s => s.RegionId).OnDelete(DeleteBehavior.Restrict);
        station.HasOne(s => s.District).WithMany().HasForeignKey(s => s.DistrictId).OnDelete(DeleteBehavior.Restrict);
        station.HasOne(s => s.Operator).WithMany().HasForeignKey(s => s.OperatorId).OnDelete(DeleteBehavior.SetNull);
        station.HasOne(s => s.Funder).WithMany().HasForeignKey(s => s.FunderId).OnDelete(DeleteBehavior.SetNull);
    }
}
