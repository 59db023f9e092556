using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> activity)
    {
        activity.Property(a => a.Title).HasMaxLength(300);
        activity.Property(a => a.Place).HasMaxLength(200);
        activity.Property(a => a.VolunteerHours).HasPrecision(12, 2);
        activity.Property(a => a.SeedFile).HasMaxLength(64);
        activity.HasIndex(a => new { a.StationId, a.OccurredOn }).HasDatabaseName("IX_Activities_StationId_OccurredOn_ForActivitiesOfStation");
        activity.HasIndex(a => new { a.Kind, a.OccurredOn }).HasDatabaseName("IX_Activities_Kind_OccurredOn_ForActivitiesByKind");
        activity.HasIndex(a => a.ProjectId).HasDatabaseName("IX_Activities_ProjectId_ForActivitiesOfProject");
        activity.HasOne(a => a.Station).WithMany().HasForeignKey(a => a.StationId).OnDelete(DeleteBehavior.Cascade);
        activity.HasOne(a => a.Project).WithMany().HasForeignKey(a => a.ProjectId).OnDelete(DeleteBehavior.SetNull);
        activity.HasOne(a => a.Region).WithMany().HasForeignKey(a => a.RegionId).OnDelete(DeleteBehavior.SetNull);
        activity.HasMany(a => a.Partners).WithMany().UsingEntity(
            "ActivityPartners",
            right => right.HasOne(typeof(ResourcePartner)).WithMany().HasForeignKey("PartnerId").OnDelete(DeleteBehavior.Cascade),
            left => left.HasOne(typeof(Activity)).WithMany().HasForeignKey("ActivityId").OnDelete(DeleteBehavior.Cascade),
            join => join.HasKey("ActivityId", "PartnerId"));
    }
}
