using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkwork.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ContactAttemptsSetting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Programmes that exist already keep the usual three attempts.
            migrationBuilder.AddColumn<int>(
                name: "contact_attempts_before_unable_to_contact",
                table: "programmes",
                type: "integer",
                nullable: false,
                defaultValue: 3);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "contact_attempts_before_unable_to_contact",
                table: "programmes");
        }
    }
}
