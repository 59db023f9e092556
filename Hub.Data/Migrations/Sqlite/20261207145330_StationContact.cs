using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StationContact : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContactAddress",
                table: "Stations",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactEmail",
                table: "Stations",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPerson",
                table: "Stations",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPhone",
                table: "Stations",
                type: "TEXT",
                unicode: false,
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ContactVisibility",
                table: "Stations",
                type: "INTEGER",
                nullable: false,
                // Visibility.Internal: existing stations have made no choice, so their contact block stays inside, as a new station's does.
                defaultValue: 2);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContactAddress",
                table: "Stations");

            migrationBuilder.DropColumn(
                name: "ContactEmail",
                table: "Stations");

            migrationBuilder.DropColumn(
                name: "ContactPerson",
                table: "Stations");

            migrationBuilder.DropColumn(
                name: "ContactPhone",
                table: "Stations");

            migrationBuilder.DropColumn(
                name: "ContactVisibility",
                table: "Stations");
        }
    }
}
