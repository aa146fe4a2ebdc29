using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkwork.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WorkLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "follow_ups",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    episode_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    assignee_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    closed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    closed_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    reminded_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follow_ups", x => x.id);
                    table.ForeignKey(
                        name: "fk_follow_ups_episodes_episode_id",
                        column: x => x.episode_id,
                        principalTable: "episodes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_follow_ups_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_follow_ups_user_accounts_assignee_id",
                        column: x => x.assignee_id,
                        principalTable: "user_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "safeguarding_concerns",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    episode_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    concern = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    raised_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    raised_at = table.Column<long>(type: "INTEGER", nullable: false),
                    resolution = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    resolved_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    resolved_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_safeguarding_concerns", x => x.id);
                    table.ForeignKey(
                        name: "fk_safeguarding_concerns_episodes_episode_id",
                        column: x => x.episode_id,
                        principalTable: "episodes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_safeguarding_concerns_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_follow_ups_assignee_id_state_due_on",
                table: "follow_ups",
                columns: new[] { "assignee_id", "state", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_follow_ups_episode_id",
                table: "follow_ups",
                column: "episode_id");

            migrationBuilder.CreateIndex(
                name: "ix_follow_ups_person_id",
                table: "follow_ups",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_follow_ups_programme_id_state_due_on",
                table: "follow_ups",
                columns: new[] { "programme_id", "state", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_safeguarding_concerns_episode_id_state",
                table: "safeguarding_concerns",
                columns: new[] { "episode_id", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_safeguarding_concerns_person_id",
                table: "safeguarding_concerns",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_safeguarding_concerns_programme_id_state",
                table: "safeguarding_concerns",
                columns: new[] { "programme_id", "state" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "follow_ups");

            migrationBuilder.DropTable(
                name: "safeguarding_concerns");
        }
    }
}
