using Hub.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Data.Configurations;

internal sealed class MediaReportConfiguration : IEntityTypeConfiguration<MediaReport>
{
    public void Configure(EntityTypeBuilder<MediaReport> report)
    {
        report.Property(r => r.Outlet).HasMaxLength(200);
        report.Property(r => r.Title).HasMaxLength(300);
        report.Property(r => r.Author).HasMaxLength(100);
        report.Property(r => r.Url).HasMaxLength(2000);
        report.Property(r => r.SeedFile).HasMaxLength(64);
        report.HasIndex(r => new { r.StationId, r.Year }).HasDatabaseName("IX_MediaReports_StationId_Year_ForReportsOfStation");
        report.HasOne(r => r.Station).WithMany().HasForeignKey(r => r.StationId).OnDelete(DeleteBehavior.Cascade);
    }
}
