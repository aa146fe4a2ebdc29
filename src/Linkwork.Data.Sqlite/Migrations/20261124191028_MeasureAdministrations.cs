using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkwork.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MeasureAdministrations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "custom_measure_schedule",
                table: "programmes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "measure_administrations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    episode_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    instrument_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    timepoint = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    weeks_after_plan = table.Column<int>(type: "INTEGER", nullable: true),
                    state = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    answers = table.Column<string>(type: "TEXT", nullable: false),
                    score = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    band = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    positive = table.Column<bool>(type: "INTEGER", nullable: true),
                    started_at = table.Column<long>(type: "INTEGER", nullable: false),
                    started_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_measure_administrations", x => x.id);
                    table.ForeignKey(
                        name: "fk_measure_administrations_episodes_episode_id",
                        column: x => x.episode_id,
                        principalTable: "episodes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_measure_administrations_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_measure_administrations_episode_id",
                table: "measure_administrations",
                column: "episode_id");

            migrationBuilder.CreateIndex(
                name: "ix_measure_administrations_person_id_instrument_id_completed_at",
                table: "measure_administrations",
                columns: new[] { "person_id", "instrument_id", "completed_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "measure_administrations");

            migrationBuilder.DropColumn(
                name: "custom_measure_schedule",
                table: "programmes");
        }
    }
}
