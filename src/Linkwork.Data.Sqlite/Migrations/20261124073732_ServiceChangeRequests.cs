using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkwork.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ServiceChangeRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "service_change_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    service_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    changes = table.Column<string>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    proposed_by = table.Column<Guid>(type: "TEXT", nullable: false),
                    proposed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    reviewed_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    reviewed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    review_note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_change_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_service_change_requests_services_service_id",
                        column: x => x.service_id,
                        principalTable: "services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_service_change_requests_service_id",
                table: "service_change_requests",
                column: "service_id");

            migrationBuilder.CreateIndex(
                name: "ix_service_change_requests_status_proposed_at",
                table: "service_change_requests",
                columns: new[] { "status", "proposed_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "service_change_requests");
        }
    }
}
