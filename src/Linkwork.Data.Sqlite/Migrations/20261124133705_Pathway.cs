using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkwork.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Pathway : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "episodes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    referrer_organisation_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    referred_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    reasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    link_worker_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    contact_attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    what_matters = table.Column<string>(type: "TEXT", nullable: true),
                    discharge_reason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    discharged_at = table.Column<long>(type: "INTEGER", nullable: true),
                    programme_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_episodes", x => x.id);
                    table.ForeignKey(
                        name: "fk_episodes_organisations_referrer_organisation_id",
                        column: x => x.referrer_organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_episodes_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_episodes_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pathway_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    record_type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    record_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    from_state = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    to_state = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    reason_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    actor_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pathway_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "appointments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    episode_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    starts_at = table.Column<long>(type: "INTEGER", nullable: false),
                    mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    attendance = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    booked_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_appointments", x => x.id);
                    table.ForeignKey(
                        name: "fk_appointments_episodes_episode_id",
                        column: x => x.episode_id,
                        principalTable: "episodes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "goals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    episode_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    target_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    progress = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_goals", x => x.id);
                    table.ForeignKey(
                        name: "fk_goals_episodes_episode_id",
                        column: x => x.episode_id,
                        principalTable: "episodes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "messages_to_referrers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    episode_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    referrer_organisation_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    referred_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    code_system = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    code_display = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    composed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_messages_to_referrers", x => x.id);
                    table.ForeignKey(
                        name: "fk_messages_to_referrers_episodes_episode_id",
                        column: x => x.episode_id,
                        principalTable: "episodes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "onward_referrals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    episode_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    service_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    created_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    sent_at = table.Column<long>(type: "INTEGER", nullable: true),
                    respond_by = table.Column<long>(type: "INTEGER", nullable: true),
                    responded_at = table.Column<long>(type: "INTEGER", nullable: true),
                    decline_reason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    programme_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_onward_referrals", x => x.id);
                    table.ForeignKey(
                        name: "fk_onward_referrals_episodes_episode_id",
                        column: x => x.episode_id,
                        principalTable: "episodes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_onward_referrals_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_onward_referrals_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_onward_referrals_services_service_id",
                        column: x => x.service_id,
                        principalTable: "services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "signposts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    episode_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    service_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    by = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_signposts", x => x.id);
                    table.ForeignKey(
                        name: "fk_signposts_episodes_episode_id",
                        column: x => x.episode_id,
                        principalTable: "episodes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_signposts_services_service_id",
                        column: x => x.service_id,
                        principalTable: "services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "referral_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    referral_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    from = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    author_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referral_messages", x => x.id);
                    table.ForeignKey(
                        name: "fk_referral_messages_onward_referrals_referral_id",
                        column: x => x.referral_id,
                        principalTable: "onward_referrals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_appointments_episode_id_starts_at",
                table: "appointments",
                columns: new[] { "episode_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_episodes_link_worker_id_state",
                table: "episodes",
                columns: new[] { "link_worker_id", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_episodes_person_id",
                table: "episodes",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_episodes_programme_id_state",
                table: "episodes",
                columns: new[] { "programme_id", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_episodes_referred_by",
                table: "episodes",
                column: "referred_by");

            migrationBuilder.CreateIndex(
                name: "ix_episodes_referrer_organisation_id",
                table: "episodes",
                column: "referrer_organisation_id");

            migrationBuilder.CreateIndex(
                name: "ix_goals_episode_id",
                table: "goals",
                column: "episode_id");

            migrationBuilder.CreateIndex(
                name: "ix_messages_to_referrers_episode_id",
                table: "messages_to_referrers",
                column: "episode_id");

            migrationBuilder.CreateIndex(
                name: "ix_messages_to_referrers_referred_by",
                table: "messages_to_referrers",
                column: "referred_by");

            migrationBuilder.CreateIndex(
                name: "ix_onward_referrals_episode_id",
                table: "onward_referrals",
                column: "episode_id");

            migrationBuilder.CreateIndex(
                name: "ix_onward_referrals_organisation_id_state",
                table: "onward_referrals",
                columns: new[] { "organisation_id", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_onward_referrals_person_id",
                table: "onward_referrals",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_onward_referrals_service_id_sent_at",
                table: "onward_referrals",
                columns: new[] { "service_id", "sent_at" });

            migrationBuilder.CreateIndex(
                name: "ix_onward_referrals_state_respond_by",
                table: "onward_referrals",
                columns: new[] { "state", "respond_by" });

            migrationBuilder.CreateIndex(
                name: "ix_pathway_events_person_id",
                table: "pathway_events",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_pathway_events_programme_id_at",
                table: "pathway_events",
                columns: new[] { "programme_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_pathway_events_record_id_version",
                table: "pathway_events",
                columns: new[] { "record_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_referral_messages_referral_id_at",
                table: "referral_messages",
                columns: new[] { "referral_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_signposts_episode_id",
                table: "signposts",
                column: "episode_id");

            migrationBuilder.CreateIndex(
                name: "ix_signposts_service_id",
                table: "signposts",
                column: "service_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "appointments");

            migrationBuilder.DropTable(
                name: "goals");

            migrationBuilder.DropTable(
                name: "messages_to_referrers");

            migrationBuilder.DropTable(
                name: "pathway_events");

            migrationBuilder.DropTable(
                name: "referral_messages");

            migrationBuilder.DropTable(
                name: "signposts");

            migrationBuilder.DropTable(
                name: "onward_referrals");

            migrationBuilder.DropTable(
                name: "episodes");
        }
    }
}
