using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkwork.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RequesterIdentifiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "requester_identifier_system",
                table: "onward_referrals",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "requester_identifier_value",
                table: "onward_referrals",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "requester_identifier_system",
                table: "episodes",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "requester_identifier_value",
                table: "episodes",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_onward_referrals_requester_identifier",
                table: "onward_referrals",
                columns: new[] { "programme_id", "requester_identifier_system", "requester_identifier_value" });

            migrationBuilder.CreateIndex(
                name: "ix_episodes_requester_identifier",
                table: "episodes",
                columns: new[] { "programme_id", "requester_identifier_system", "requester_identifier_value" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_onward_referrals_requester_identifier",
                table: "onward_referrals");

            migrationBuilder.DropIndex(
                name: "ix_episodes_requester_identifier",
                table: "episodes");

            migrationBuilder.DropColumn(
                name: "requester_identifier_system",
                table: "onward_referrals");

            migrationBuilder.DropColumn(
                name: "requester_identifier_value",
                table: "onward_referrals");

            migrationBuilder.DropColumn(
                name: "requester_identifier_system",
                table: "episodes");

            migrationBuilder.DropColumn(
                name: "requester_identifier_value",
                table: "episodes");
        }
    }
}
