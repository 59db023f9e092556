using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations.Sqlite
{
    /// <summary>Roll-ups read observations from a covering index (IndicatorId, Period, StationId, ScaledValue); it is created before the narrower one is dropped because the Indicator foreign key needs an index led by IndicatorId at every moment on MySQL/MariaDB.</summary>
    public partial class CoveringRollupIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Observations_Indicator_Period_Station_Value_ForRollups",
                table: "Observations",
                columns: new[] { "IndicatorId", "Period", "StationId", "ScaledValue" });

            migrationBuilder.DropIndex(
                name: "IX_Observations_Indicator_Period_Station_ForRollups",
                table: "Observations");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Observations_Indicator_Period_Station_ForRollups",
                table: "Observations",
                columns: new[] { "IndicatorId", "Period", "StationId" });

            migrationBuilder.DropIndex(
                name: "IX_Observations_Indicator_Period_Station_Value_ForRollups",
                table: "Observations");
        }
    }
}
