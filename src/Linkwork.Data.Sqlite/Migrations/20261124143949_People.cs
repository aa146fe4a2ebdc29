using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Linkwork.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class People : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "postcode",
                table: "people",
                newName: "contact_postcode");

            migrationBuilder.AddColumn<string>(
                name: "custom_ethnicity_codes",
                table: "programmes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "contact_address_line1",
                table: "people",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "contact_address_line2",
                table: "people",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "contact_address_line3",
                table: "people",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "contact_email",
                table: "people",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "contact_mobile",
                table: "people",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "contact_phone",
                table: "people",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "gender",
                table: "people",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "interpreter_needed",
                table: "people",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "merged_at",
                table: "people",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "merged_by",
                table: "people",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "merged_into_id",
                table: "people",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "preferences_notes",
                table: "people",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "preferences_preferred_method",
                table: "people",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "preferred_language",
                table: "people",
                type: "TEXT",
                maxLength: 35,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "preferred_name",
                table: "people",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "updated_at",
                table: "people",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "people",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "reminded_at",
                table: "onward_referrals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "consent_decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    given = table.Column<bool>(type: "INTEGER", nullable: false),
                    recorded_by = table.Column<Guid>(type: "TEXT", nullable: true),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consent_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_consent_decisions_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "household_contacts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    relationship = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    is_carer = table.Column<bool>(type: "INTEGER", nullable: false),
                    may_be_contacted = table.Column<bool>(type: "INTEGER", nullable: false),
                    added_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_household_contacts", x => x.id);
                    table.ForeignKey(
                        name: "fk_household_contacts_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_records",
                columns: table => new
                {
                    caller = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    request = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    request_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    status_code = table.Column<int>(type: "INTEGER", nullable: true),
                    response_body = table.Column<string>(type: "TEXT", nullable: true),
                    response_content_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    location = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    e_tag = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_records", x => new { x.caller, x.key });
                });

            migrationBuilder.CreateTable(
                name: "person_identifiers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    system = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    value = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_identifiers", x => x.id);
                    table.ForeignKey(
                        name: "fk_person_identifiers_people_person_id",
                        column: x => x.person_id,
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "postcode_deprivation",
                columns: table => new
                {
                    postcode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    area_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    decile = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_postcode_deprivation", x => x.postcode);
                });

            migrationBuilder.CreateIndex(
                name: "ix_people_merged_into_id",
                table: "people",
                column: "merged_into_id");

            migrationBuilder.CreateIndex(
                name: "ix_people_programme_id_date_of_birth",
                table: "people",
                columns: new[] { "programme_id", "date_of_birth" });

            migrationBuilder.CreateIndex(
                name: "ix_consent_decisions_person_id_kind_recorded_at",
                table: "consent_decisions",
                columns: new[] { "person_id", "kind", "recorded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_household_contacts_person_id",
                table: "household_contacts",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_records_created_at",
                table: "idempotency_records",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_person_identifiers_person_id",
                table: "person_identifiers",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_person_identifiers_programme_id_system_value",
                table: "person_identifiers",
                columns: new[] { "programme_id", "system", "value" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_people_people_merged_into_id",
                table: "people",
                column: "merged_into_id",
                principalTable: "people",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_people_people_merged_into_id",
                table: "people");

            migrationBuilder.DropTable(
                name: "consent_decisions");

            migrationBuilder.DropTable(
                name: "household_contacts");

            migrationBuilder.DropTable(
                name: "idempotency_records");

            migrationBuilder.DropTable(
                name: "person_identifiers");

            migrationBuilder.DropTable(
                name: "postcode_deprivation");

            migrationBuilder.DropIndex(
                name: "ix_people_merged_into_id",
                table: "people");

            migrationBuilder.DropIndex(
                name: "ix_people_programme_id_date_of_birth",
                table: "people");

            migrationBuilder.DropColumn(
                name: "custom_ethnicity_codes",
                table: "programmes");

            migrationBuilder.DropColumn(
                name: "contact_address_line1",
                table: "people");

            migrationBuilder.DropColumn(
                name: "contact_address_line2",
                table: "people");

            migrationBuilder.DropColumn(
                name: "contact_address_line3",
                table: "people");

            migrationBuilder.DropColumn(
                name: "contact_email",
                table: "people");

            migrationBuilder.DropColumn(
                name: "contact_mobile",
                table: "people");

            migrationBuilder.DropColumn(
                name: "contact_phone",
                table: "people");

            migrationBuilder.DropColumn(
                name: "gender",
                table: "people");

            migrationBuilder.DropColumn(
                name: "interpreter_needed",
                table: "people");

            migrationBuilder.DropColumn(
                name: "merged_at",
                table: "people");

            migrationBuilder.DropColumn(
                name: "merged_by",
                table: "people");

            migrationBuilder.DropColumn(
                name: "merged_into_id",
                table: "people");

            migrationBuilder.DropColumn(
                name: "preferences_notes",
                table: "people");

            migrationBuilder.DropColumn(
                name: "preferences_preferred_method",
                table: "people");

            migrationBuilder.DropColumn(
                name: "preferred_language",
                table: "people");

            migrationBuilder.DropColumn(
                name: "preferred_name",
                table: "people");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "people");

            migrationBuilder.DropColumn(
                name: "version",
                table: "people");

            migrationBuilder.DropColumn(
                name: "reminded_at",
                table: "onward_referrals");

            migrationBuilder.RenameColumn(
                name: "contact_postcode",
                table: "people",
                newName: "postcode");
        }
    }
}
