using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkwork.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PublicReferrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "community_referrer_email",
                table: "episodes",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "community_referrer_name",
                table: "episodes",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "community_referrer_person_agrees",
                table: "episodes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "community_referrer_phone",
                table: "episodes",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "community_referrer_relationship",
                table: "episodes",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "public_reference",
                table: "episodes",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_episodes_public_reference",
                table: "episodes",
                column: "public_reference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_episodes_public_reference",
                table: "episodes");

            migrationBuilder.DropColumn(
                name: "community_referrer_email",
                table: "episodes");

            migrationBuilder.DropColumn(
                name: "community_referrer_name",
                table: "episodes");

            migrationBuilder.DropColumn(
                name: "community_referrer_person_agrees",
                table: "episodes");

            migrationBuilder.DropColumn(
                name: "community_referrer_phone",
                table: "episodes");

            migrationBuilder.DropColumn(
                name: "community_referrer_relationship",
                table: "episodes");

            migrationBuilder.DropColumn(
                name: "public_reference",
                table: "episodes");
        }
    }
}
