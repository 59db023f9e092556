using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class RollupVersionConfiguration : IEntityTypeConfiguration<RollupVersion>
{
    public void Configure(EntityTypeBuilder<RollupVersion> version)
    {
        version.ToTable("RollupVersions");
        version.HasKey(v => v.IndicatorId);

        // 0 stands for the region tree, which is no indicator: no foreign key.
        version.Property(v => v.IndicatorId).ValueGeneratedNever();
    }
}
