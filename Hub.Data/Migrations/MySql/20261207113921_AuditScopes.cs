using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations.MySql
{
    /// <inheritdoc />
    public partial class AuditScopes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditScopes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("MySql:ValueGenerationStrategy", MySqlValueGenerationStrategy.IdentityColumn),
                    AuditEntryId = table.Column<long>(type: "bigint", nullable: false),
                    Entity = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    StationId = table.Column<int>(type: "int", nullable: true),
                    RegionId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditScopes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditScopes_AuditLog_AuditEntryId",
                        column: x => x.AuditEntryId,
                        principalTable: "AuditLog",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateIndex(
                name: "IX_AuditScopes_Entity_Entry_ForAuditLogByEntity",
                table: "AuditScopes",
                columns: new[] { "Entity", "AuditEntryId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditScopes_Entry_ForAuditLogScopes",
                table: "AuditScopes",
                column: "AuditEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditScopes_Region_Entry_ForAuditLogByRegion",
                table: "AuditScopes",
                columns: new[] { "RegionId", "AuditEntryId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditScopes_Station_Entry_ForAuditLogByStation",
                table: "AuditScopes",
                columns: new[] { "StationId", "AuditEntryId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditScopes");
        }
    }
}
