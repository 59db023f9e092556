using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StationCodesAndCreditCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Code",
                table: "Stations",
                type: "TEXT",
                unicode: false,
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            // Stations that exist before this migration get the code a new one would get: the region's 12-digit code,
            // '-' and the station's place (by id) among the stations of that region, two digits: 370102002000-01.
            migrationBuilder.Sql("""
                UPDATE Stations SET Code =
                    (SELECT r.Code FROM Regions AS r WHERE r.Id = Stations.RegionId)
                    || '-' || printf('%02d', (SELECT COUNT(*) FROM Stations AS earlier WHERE earlier.RegionId = Stations.RegionId AND earlier.Id <= Stations.Id));
                """);

            migrationBuilder.CreateIndex(
                name: "UX_Stations_Code_ForStationByCode",
                table: "Stations",
                column: "Code",
                unique: true);

            // Credit codes become unique: canonical upper case, empty ones dropped, and of two organisations with the
            // same code only the first (lowest id) keeps it.
            migrationBuilder.Sql("UPDATE Organizations SET CreditCode = NULLIF(UPPER(TRIM(CreditCode)), '') WHERE CreditCode IS NOT NULL;");
            migrationBuilder.Sql("""
                UPDATE Organizations SET CreditCode = NULL
                WHERE CreditCode IS NOT NULL
                  AND Id NOT IN (SELECT MIN(Id) FROM Organizations WHERE CreditCode IS NOT NULL GROUP BY CreditCode);
                """);

            migrationBuilder.CreateIndex(
                name: "UX_Organizations_CreditCode_ForOrganizationByCreditCode",
                table: "Organizations",
                column: "CreditCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "UX_Stations_Code_ForStationByCode",
                table: "Stations");

            migrationBuilder.DropIndex(
                name: "UX_Organizations_CreditCode_ForOrganizationByCreditCode",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "Code",
                table: "Stations");
        }
    }
}
