using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class ObservationConfiguration : IEntityTypeConfiguration<Observation>
{
    public void Configure(EntityTypeBuilder<Observation> observation)
    {
        observation.Property(o => o.Note).HasMaxLength(200);
        observation.Property(o => o.SeedFile).HasMaxLength(64);
        observation.Property(o => o.Version).IsConcurrencyToken();

        // The natural key: re-submitting the same station × indicator × period replaces, never adds.
        observation.HasIndex(o => new { o.StationId, o.IndicatorId, o.Period }).IsUnique()
            .HasDatabaseName("UX_Observations_Station_Indicator_Period_ForStationIndicators");

        // Roll-ups read one indicator over a period range across many stations.
        observation.HasIndex(o => new { o.IndicatorId, o.Period, o.StationId })
            .HasDatabaseName("IX_Observations_Indicator_Period_Station_ForRollups");

        observation.HasOne(o => o.Station).WithMany().HasForeignKey(o => o.StationId).OnDelete(DeleteBehavior.Cascade);
        observation.HasOne(o => o.Indicator).WithMany().HasForeignKey(o => o.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }
}
