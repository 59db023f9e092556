using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RollupCells : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RollupCells",
                columns: table => new
                {
                    ScopeKind = table.Column<int>(type: "INTEGER", nullable: false),
                    ScopeId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    ScaledValue = table.Column<long>(type: "INTEGER", nullable: false),
                    ReportingStations = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RollupCells", x => new { x.ScopeKind, x.ScopeId, x.IndicatorId, x.Period });
                });

            migrationBuilder.CreateIndex(
                name: "IX_RollupCells_Indicator_Period_ForSuppression",
                table: "RollupCells",
                columns: new[] { "IndicatorId", "Period" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RollupCells");
        }
    }
}
