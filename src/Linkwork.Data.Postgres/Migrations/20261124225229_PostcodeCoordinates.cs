using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkwork.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PostcodeCoordinates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "latitude",
                table: "postcode_deprivation",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "longitude",
                table: "postcode_deprivation",
                type: "double precision",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "latitude",
                table: "postcode_deprivation");

            migrationBuilder.DropColumn(
                name: "longitude",
                table: "postcode_deprivation");
        }
    }
}
