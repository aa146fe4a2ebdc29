using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkwork.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditActionIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_audit_trail_action",
                table: "audit_trail",
                column: "action");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_trail_action",
                table: "audit_trail");
        }
    }
}
