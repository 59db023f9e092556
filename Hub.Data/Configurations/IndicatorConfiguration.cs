using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> indicator)
    {
        indicator.Property(i => i.Code).HasMaxLength(64).IsUnicode(false);
        indicator.Property(i => i.Label).HasMaxLength(100);
        indicator.Property(i => i.LabelEn).HasMaxLength(100);
        indicator.Property(i => i.Unit).HasMaxLength(30).IsUnicode(false);
        indicator.HasIndex(i => i.Code).IsUnique().HasDatabaseName("UX_Indicators_Code_ForIndicatorByCode");
    }
}
