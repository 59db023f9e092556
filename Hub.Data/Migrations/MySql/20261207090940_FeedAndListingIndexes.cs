using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations.MySql
{
    /// <inheritdoc />
    public partial class FeedAndListingIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Activities_Kind_OccurredOn_ForActivitiesByKind",
                table: "Activities");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Visibility_Name_ForProjectListing",
                table: "Projects",
                columns: new[] { "Visibility", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_Kind_OccurredOn_ForActivitiesByKind",
                table: "Activities",
                columns: new[] { "Kind", "OccurredOn", "ProjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_Activities_OccurredOn_Id_ForActivityFeed",
                table: "Activities",
                columns: new[] { "OccurredOn", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_Visibility_Name_ForProjectListing",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Activities_Kind_OccurredOn_ForActivitiesByKind",
                table: "Activities");

            migrationBuilder.DropIndex(
                name: "IX_Activities_OccurredOn_Id_ForActivityFeed",
                table: "Activities");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_Kind_OccurredOn_ForActivitiesByKind",
                table: "Activities",
                columns: new[] { "Kind", "OccurredOn" });
        }
    }
}
