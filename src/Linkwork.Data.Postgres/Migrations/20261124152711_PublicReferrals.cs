using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkwork.Data.Postgres.Migrations
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
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "community_referrer_name",
                table: "episodes",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "community_referrer_person_agrees",
                table: "episodes",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "community_referrer_phone",
                table: "episodes",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "community_referrer_relationship",
                table: "episodes",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "public_reference",
                table: "episodes",
                type: "character varying(20)",
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
