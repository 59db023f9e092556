using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> key)
    {
        key.Property(k => k.PublicId).HasMaxLength(32);
        key.Property(k => k.SecretHash).HasMaxLength(32);
        key.Property(k => k.Name).HasMaxLength(100);
        key.Property(k => k.Role).HasMaxLength(20);
        key.Property(k => k.RegionCode).HasMaxLength(12);
        key.HasIndex(k => k.PublicId).IsUnique().HasDatabaseName("UX_ApiKeys_PublicId_ForAuthentication");
        key.HasIndex(k => k.Name).IsUnique().HasDatabaseName("UX_ApiKeys_Name_ForRevocation");
        key.HasOne(k => k.Station).WithMany().HasForeignKey(k => k.StationId).OnDelete(DeleteBehavior.Cascade);
    }
}
