using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkwork.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class QuestionnaireLinksAndProgrammeInstruments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "link_expires_at",
                table: "measure_administrations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "link_token_hash",
                table: "measure_administrations",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "needs",
                table: "measure_administrations",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<bool>(
                name: "safeguarding_alerted",
                table: "measure_administrations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "programme_instruments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    instrument_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    questionnaire_json = table.Column<string>(type: "TEXT", nullable: false),
                    updated_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programme_instruments", x => x.id);
                    table.ForeignKey(
                        name: "fk_programme_instruments_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_measure_administrations_link_token_hash",
                table: "measure_administrations",
                column: "link_token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_programme_instruments_programme_id_instrument_id",
                table: "programme_instruments",
                columns: new[] { "programme_id", "instrument_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "programme_instruments");

            migrationBuilder.DropIndex(
                name: "ix_measure_administrations_link_token_hash",
                table: "measure_administrations");

            migrationBuilder.DropColumn(
                name: "link_expires_at",
                table: "measure_administrations");

            migrationBuilder.DropColumn(
                name: "link_token_hash",
                table: "measure_administrations");

            migrationBuilder.DropColumn(
                name: "needs",
                table: "measure_administrations");

            migrationBuilder.DropColumn(
                name: "safeguarding_alerted",
                table: "measure_administrations");
        }
    }
}
