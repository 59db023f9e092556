using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class VolunteerTeamConfiguration : IEntityTypeConfiguration<VolunteerTeam>
{
    public void Configure(EntityTypeBuilder<VolunteerTeam> team)
    {
        team.Property(t => t.Name).HasMaxLength(200);
        team.Property(t => t.Focus).HasMaxLength(200);
        team.Property(t => t.Founded).HasMaxLength(10).IsUnicode(false);
        team.Property(t => t.SeedFile).HasMaxLength(64);
        team.HasIndex(t => new { t.StationId, t.Name }).HasDatabaseName("IX_VolunteerTeams_StationId_Name_ForTeamsOfStation");
        team.HasOne(t => t.Station).WithMany().HasForeignKey(t => t.StationId).OnDelete(DeleteBehavior.Cascade);
        team.HasOne(t => t.Region).WithMany().HasForeignKey(t => t.RegionId).OnDelete(DeleteBehavior.SetNull);
    }
}
