using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkwork.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FhirSubscriptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "fhir_subscriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    api_client_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    criteria = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    owner_organisation_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    states = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    endpoint = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    headers = table.Column<string>(type: "TEXT", maxLength: 10010, nullable: false),
                    with_payload = table.Column<bool>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    error = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    cursor = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    lease_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    leased_until = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fhir_subscriptions", x => x.id);
                    table.ForeignKey(
                        name: "fk_fhir_subscriptions_api_clients_api_client_id",
                        column: x => x.api_client_id,
                        principalTable: "api_clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_fhir_subscriptions_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "subscription_deliveries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    subscription_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    referral_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    event_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    next_attempt_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_attempt_at = table.Column<long>(type: "INTEGER", nullable: true),
                    sent_at = table.Column<long>(type: "INTEGER", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_subscription_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "fk_subscription_deliveries_fhir_subscriptions_subscription_id",
                        column: x => x.subscription_id,
                        principalTable: "fhir_subscriptions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_fhir_subscriptions_api_client_id",
                table: "fhir_subscriptions",
                column: "api_client_id");

            migrationBuilder.CreateIndex(
                name: "ix_fhir_subscriptions_programme_id",
                table: "fhir_subscriptions",
                column: "programme_id");

            migrationBuilder.CreateIndex(
                name: "ix_fhir_subscriptions_status",
                table: "fhir_subscriptions",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_subscription_deliveries_subscription_id_referral_id_version",
                table: "subscription_deliveries",
                columns: new[] { "subscription_id", "referral_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_subscription_deliveries_subscription_id_status_event_at",
                table: "subscription_deliveries",
                columns: new[] { "subscription_id", "status", "event_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "subscription_deliveries");

            migrationBuilder.DropTable(
                name: "fhir_subscriptions");
        }
    }
}
