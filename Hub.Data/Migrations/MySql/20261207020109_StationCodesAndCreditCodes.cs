using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations.MySql
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
                type: "varchar(32)",
                unicode: false,
                maxLength: 32,
                nullable: false,
                defaultValue: "")
                .Annotation("MySql:CharSet", "utf8mb4");

            // Stations that exist before this migration get the code a new one would get: the region's 12-digit code,
            // '-' and the station's place (by id) among the stations of that region, two digits: 370102002000-01.
            // The numbering is a derived table (materialised), so the UPDATE may read the table it changes.
            migrationBuilder.Sql("""
                UPDATE Stations AS s
                JOIN (SELECT Id, ROW_NUMBER() OVER (PARTITION BY RegionId ORDER BY Id) AS Sequence FROM Stations) AS numbered ON numbered.Id = s.Id
                JOIN Regions AS r ON r.Id = s.RegionId
                SET s.Code = CONCAT(r.Code, '-', IF(numbered.Sequence < 10, CONCAT('0', numbered.Sequence), numbered.Sequence));
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
                UPDATE Organizations AS o
                JOIN (SELECT CreditCode, MIN(Id) AS FirstId FROM Organizations WHERE CreditCode IS NOT NULL GROUP BY CreditCode) AS firsts
                  ON firsts.CreditCode = o.CreditCode
                SET o.CreditCode = NULL
                WHERE o.Id <> firsts.FirstId;
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
