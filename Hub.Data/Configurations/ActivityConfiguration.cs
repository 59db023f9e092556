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
        // ProjectId makes the index cover the filtered feed's totalCount, which joins each row's project for its visibility.
        activity.HasIndex(a => new { a.Kind, a.OccurredOn, a.ProjectId }).HasDatabaseName("IX_Activities_Kind_OccurredOn_ForActivitiesByKind");
        // The feed's first screen (newest first, ties by id) reads 30 rows backwards instead of sorting every activity.
        activity.HasIndex(a => new { a.OccurredOn, a.Id }).HasDatabaseName("IX_Activities_OccurredOn_Id_ForActivityFeed");
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
