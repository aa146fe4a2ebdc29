using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Linkwork.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class HsdsDirectory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Before this migration the directory could only hold generated demo listings (there was no import or
            // editing), in a shape that does not carry over to HSDS records. They are cleared, not converted.
            migrationBuilder.Sql("DELETE FROM services;");
            migrationBuilder.Sql("DELETE FROM locations;");

            migrationBuilder.DropTable(
                name: "service_at_location");

            migrationBuilder.DropTable(
                name: "service_openings");

            migrationBuilder.DropIndex(
                name: "ix_services_need",
                table: "services");

            migrationBuilder.DropColumn(
                name: "cost_description",
                table: "services");

            migrationBuilder.DropColumn(
                name: "phone",
                table: "services");

            migrationBuilder.DropColumn(
                name: "address_line",
                table: "locations");

            migrationBuilder.DropColumn(
                name: "postcode",
                table: "locations");

            migrationBuilder.DropColumn(
                name: "town",
                table: "locations");

            migrationBuilder.RenameColumn(
                name: "is_free",
                table: "services",
                newName: "modes");

            migrationBuilder.RenameColumn(
                name: "accepts_referrals",
                table: "services",
                newName: "last_modified");

            migrationBuilder.RenameColumn(
                name: "RoleTitles_Supervisor",
                table: "programmes",
                newName: "role_titles_supervisor");

            migrationBuilder.RenameColumn(
                name: "RoleTitles_Referrer",
                table: "programmes",
                newName: "role_titles_referrer");

            migrationBuilder.RenameColumn(
                name: "RoleTitles_ProviderStaff",
                table: "programmes",
                newName: "role_titles_provider_staff");

            migrationBuilder.RenameColumn(
                name: "RoleTitles_Person",
                table: "programmes",
                newName: "role_titles_person");

            migrationBuilder.RenameColumn(
                name: "RoleTitles_LinkWorker",
                table: "programmes",
                newName: "role_titles_link_worker");

            migrationBuilder.RenameColumn(
                name: "RoleTitles_Analyst",
                table: "programmes",
                newName: "role_titles_analyst");

            migrationBuilder.AlterColumn<string>(
                name: "need",
                table: "services",
                type: "TEXT",
                maxLength: 40,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 40);

            migrationBuilder.AlterColumn<int>(
                name: "minimum_age",
                table: "services",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<int>(
                name: "maximum_age",
                table: "services",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AlterColumn<string>(
                name: "description",
                table: "services",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 4000);

            migrationBuilder.AddColumn<string>(
                name: "accreditations",
                table: "services",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "alert",
                table: "services",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "alternate_name",
                table: "services",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "application_process",
                table: "services",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "assured_date",
                table: "services",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "assurer_email",
                table: "services",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "attributes",
                table: "services",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "capacity",
                table: "services",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "contacts",
                table: "services",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "cost_options",
                table: "services",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "eligibility_description",
                table: "services",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "fees",
                table: "services",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "fees_description",
                table: "services",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "funding",
                table: "services",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "interpretation_services",
                table: "services",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "licenses",
                table: "services",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "locations",
                table: "services",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "phones",
                table: "services",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "program_id",
                table: "services",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "referral_mode",
                table: "services",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "required_documents",
                table: "services",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "schedules",
                table: "services",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "service_areas",
                table: "services",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "services",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "url",
                table: "services",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "wait_time",
                table: "services",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "alternate_name",
                table: "organisations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "attributes",
                table: "organisations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "contacts",
                table: "organisations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "funding",
                table: "organisations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "identifiers",
                table: "organisations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "last_modified",
                table: "organisations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "legal_status",
                table: "organisations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "logo",
                table: "organisations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "parent_organisation_id",
                table: "organisations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "phones",
                table: "organisations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "programs",
                table: "organisations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "tax_id",
                table: "organisations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "tax_status",
                table: "organisations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "uri",
                table: "organisations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "year_incorporated",
                table: "organisations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "organisation_id",
                table: "locations",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AlterColumn<string>(
                name: "name",
                table: "locations",
                type: "TEXT",
                maxLength: 500,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<double>(
                name: "longitude",
                table: "locations",
                type: "REAL",
                nullable: true,
                oldClrType: typeof(double),
                oldType: "REAL");

            migrationBuilder.AlterColumn<double>(
                name: "latitude",
                table: "locations",
                type: "REAL",
                nullable: true,
                oldClrType: typeof(double),
                oldType: "REAL");

            migrationBuilder.AddColumn<string>(
                name: "accessibility",
                table: "locations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "addresses",
                table: "locations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "alternate_name",
                table: "locations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "attributes",
                table: "locations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "contacts",
                table: "locations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "description",
                table: "locations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "external_identifier",
                table: "locations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "external_identifier_type",
                table: "locations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "languages",
                table: "locations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "last_modified",
                table: "locations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "location_type",
                table: "locations",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "phones",
                table: "locations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "schedules",
                table: "locations",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "transportation",
                table: "locations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "url",
                table: "locations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "taxonomies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: false),
                    uri = table.Column<string>(type: "TEXT", nullable: true),
                    version = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_taxonomies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "taxonomy_terms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: false),
                    parent_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    taxonomy_name = table.Column<string>(type: "TEXT", nullable: true),
                    taxonomy_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    language = table.Column<string>(type: "TEXT", nullable: true),
                    term_uri = table.Column<string>(type: "TEXT", nullable: true),
                    need = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_taxonomy_terms", x => x.id);
                    table.ForeignKey(
                        name: "fk_taxonomy_terms_taxonomies_taxonomy_id",
                        column: x => x.taxonomy_id,
                        principalTable: "taxonomies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "taxonomies",
                columns: new[] { "id", "description", "name", "uri", "version" },
                values: new object[] { new Guid("fec0d81c-f351-57c6-9a37-bde39b62aee3"), "The kinds of need social prescribing most often meets.", "Linkwork need categories", "https://linkwork.org/taxonomy/needs", "1" });

            migrationBuilder.InsertData(
                table: "taxonomy_terms",
                columns: new[] { "id", "code", "description", "language", "name", "need", "parent_id", "taxonomy_id", "taxonomy_name", "term_uri" },
                values: new object[,]
                {
                    { new Guid("039107d9-4bb5-5dfc-8cf1-84635deed23f"), "Exercise", "Exercise and physical activity", "en", "Exercise and physical activity", "Exercise", null, new Guid("fec0d81c-f351-57c6-9a37-bde39b62aee3"), "Linkwork need categories", null },
                    { new Guid("2868ba8c-d819-5aa0-a6ac-50313da1f664"), "Volunteering", "Volunteering", "en", "Volunteering", "Volunteering", null, new Guid("fec0d81c-f351-57c6-9a37-bde39b62aee3"), "Linkwork need categories", null },
                    { new Guid("29beebae-08de-5552-8021-86482a3018a0"), "BefriendingAndGroups", "Befriending and social groups", "en", "Befriending and social groups", "BefriendingAndGroups", null, new Guid("fec0d81c-f351-57c6-9a37-bde39b62aee3"), "Linkwork need categories", null },
                    { new Guid("2d3430a9-96bd-5df0-bd25-4fcecca40183"), "Walking", "Walking", "en", "Walking", "Walking", null, new Guid("fec0d81c-f351-57c6-9a37-bde39b62aee3"), "Linkwork need categories", null },
                    { new Guid("44cbbd7a-deab-5dcc-9d99-98b53b397d14"), "Housing", "Housing", "en", "Housing", "Housing", null, new Guid("fec0d81c-f351-57c6-9a37-bde39b62aee3"), "Linkwork need categories", null },
                    { new Guid("461b5ef3-2ec2-5cbc-b098-07d731c90e61"), "Transport", "Transport", "en", "Transport", "Transport", null, new Guid("fec0d81c-f351-57c6-9a37-bde39b62aee3"), "Linkwork need categories", null },
                    { new Guid("4d6d58dd-468b-56c7-88cc-e245f40700ba"), "JobTraining", "Employment and training", "en", "Employment and training", "JobTraining", null, new Guid("fec0d81c-f351-57c6-9a37-bde39b62aee3"), "Linkwork need categories", null },
                    { new Guid("503a0719-2b73-5006-85d3-95d2a641bcd5"), "DigitalInclusion", "Digital inclusion", "en", "Digital inclusion", "DigitalInclusion", null, new Guid("fec0d81c-f351-57c6-9a37-bde39b62aee3"), "Linkwork need categories", null },
                    { new Guid("62238db6-cae9-57d3-8038-bf2780a81118"), "Carers", "Support for carers", "en", "Support for carers", "Carers", null, new Guid("fec0d81c-f351-57c6-9a37-bde39b62aee3"), "Linkwork need categories", null },
                    { new Guid("6ae9dc3f-894a-5355-ae9e-5b617fe73bb1"), "DebtAndBenefits", "Debt and benefits", "en", "Debt and benefits", "DebtAndBenefits", null, new Guid("fec0d81c-f351-57c6-9a37-bde39b62aee3"), "Linkwork need categories", null },
                    { new Guid("815c5a92-7bb4-56b6-8b84-f9038edd8b95"), "NatureAndGardening", "Nature and gardening", "en", "Nature and gardening", "NatureAndGardening", null, new Guid("fec0d81c-f351-57c6-9a37-bde39b62aee3"), "Linkwork need categories", null },
                    { new Guid("858a77b8-4f90-559c-8313-e886658bcfe9"), "Arts", "Arts and creativity", "en", "Arts and creativity", "Arts", null, new Guid("fec0d81c-f351-57c6-9a37-bde39b62aee3"), "Linkwork need categories", null },
                    { new Guid("b2ba49df-885a-53e3-a467-4582305684a4"), "Food", "Food", "en", "Food", "Food", null, new Guid("fec0d81c-f351-57c6-9a37-bde39b62aee3"), "Linkwork need categories", null },
                    { new Guid("bb4a3fca-9813-5805-9681-578562257797"), "MentalHealthCounselling", "Mental health and counselling", "en", "Mental health and counselling", "MentalHealthCounselling", null, new Guid("fec0d81c-f351-57c6-9a37-bde39b62aee3"), "Linkwork need categories", null },
                    { new Guid("d9c27081-725f-59ca-8c43-a6b0d0d2b9c6"), "Legal", "Legal advice", "en", "Legal advice", "Legal", null, new Guid("fec0d81c-f351-57c6-9a37-bde39b62aee3"), "Linkwork need categories", null }
                });

            migrationBuilder.CreateIndex(
                name: "ix_services_last_modified",
                table: "services",
                column: "last_modified");

            migrationBuilder.CreateIndex(
                name: "ix_taxonomy_terms_need",
                table: "taxonomy_terms",
                column: "need",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_taxonomy_terms_parent_id",
                table: "taxonomy_terms",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_taxonomy_terms_taxonomy_id",
                table: "taxonomy_terms",
                column: "taxonomy_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM services;");
            migrationBuilder.Sql("DELETE FROM locations;");

            migrationBuilder.DropTable(
                name: "taxonomy_terms");

            migrationBuilder.DropTable(
                name: "taxonomies");

            migrationBuilder.DropIndex(
                name: "ix_services_last_modified",
                table: "services");

            migrationBuilder.DropColumn(
                name: "accreditations",
                table: "services");

            migrationBuilder.DropColumn(
                name: "alert",
                table: "services");

            migrationBuilder.DropColumn(
                name: "alternate_name",
                table: "services");

            migrationBuilder.DropColumn(
                name: "application_process",
                table: "services");

            migrationBuilder.DropColumn(
                name: "assured_date",
                table: "services");

            migrationBuilder.DropColumn(
                name: "assurer_email",
                table: "services");

            migrationBuilder.DropColumn(
                name: "attributes",
                table: "services");

            migrationBuilder.DropColumn(
                name: "capacity",
                table: "services");

            migrationBuilder.DropColumn(
                name: "contacts",
                table: "services");

            migrationBuilder.DropColumn(
                name: "cost_options",
                table: "services");

            migrationBuilder.DropColumn(
                name: "eligibility_description",
                table: "services");

            migrationBuilder.DropColumn(
                name: "fees",
                table: "services");

            migrationBuilder.DropColumn(
                name: "fees_description",
                table: "services");

            migrationBuilder.DropColumn(
                name: "funding",
                table: "services");

            migrationBuilder.DropColumn(
                name: "interpretation_services",
                table: "services");

            migrationBuilder.DropColumn(
                name: "licenses",
                table: "services");

            migrationBuilder.DropColumn(
                name: "locations",
                table: "services");

            migrationBuilder.DropColumn(
                name: "phones",
                table: "services");

            migrationBuilder.DropColumn(
                name: "program_id",
                table: "services");

            migrationBuilder.DropColumn(
                name: "referral_mode",
                table: "services");

            migrationBuilder.DropColumn(
                name: "required_documents",
                table: "services");

            migrationBuilder.DropColumn(
                name: "schedules",
                table: "services");

            migrationBuilder.DropColumn(
                name: "service_areas",
                table: "services");

            migrationBuilder.DropColumn(
                name: "status",
                table: "services");

            migrationBuilder.DropColumn(
                name: "url",
                table: "services");

            migrationBuilder.DropColumn(
                name: "wait_time",
                table: "services");

            migrationBuilder.DropColumn(
                name: "alternate_name",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "attributes",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "contacts",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "funding",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "identifiers",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "last_modified",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "legal_status",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "logo",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "parent_organisation_id",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "phones",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "programs",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "tax_id",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "tax_status",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "uri",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "year_incorporated",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "accessibility",
                table: "locations");

            migrationBuilder.DropColumn(
                name: "addresses",
                table: "locations");

            migrationBuilder.DropColumn(
                name: "alternate_name",
                table: "locations");

            migrationBuilder.DropColumn(
                name: "attributes",
                table: "locations");

            migrationBuilder.DropColumn(
                name: "contacts",
                table: "locations");

            migrationBuilder.DropColumn(
                name: "description",
                table: "locations");

            migrationBuilder.DropColumn(
                name: "external_identifier",
                table: "locations");

            migrationBuilder.DropColumn(
                name: "external_identifier_type",
                table: "locations");

            migrationBuilder.DropColumn(
                name: "languages",
                table: "locations");

            migrationBuilder.DropColumn(
                name: "last_modified",
                table: "locations");

            migrationBuilder.DropColumn(
                name: "location_type",
                table: "locations");

            migrationBuilder.DropColumn(
                name: "phones",
                table: "locations");

            migrationBuilder.DropColumn(
                name: "schedules",
                table: "locations");

            migrationBuilder.DropColumn(
                name: "transportation",
                table: "locations");

            migrationBuilder.DropColumn(
                name: "url",
                table: "locations");

            migrationBuilder.RenameColumn(
                name: "modes",
                table: "services",
                newName: "is_free");

            migrationBuilder.RenameColumn(
                name: "last_modified",
                table: "services",
                newName: "accepts_referrals");

            migrationBuilder.RenameColumn(
                name: "role_titles_supervisor",
                table: "programmes",
                newName: "RoleTitles_Supervisor");

            migrationBuilder.RenameColumn(
                name: "role_titles_referrer",
                table: "programmes",
                newName: "RoleTitles_Referrer");

            migrationBuilder.RenameColumn(
                name: "role_titles_provider_staff",
                table: "programmes",
                newName: "RoleTitles_ProviderStaff");

            migrationBuilder.RenameColumn(
                name: "role_titles_person",
                table: "programmes",
                newName: "RoleTitles_Person");

            migrationBuilder.RenameColumn(
                name: "role_titles_link_worker",
                table: "programmes",
                newName: "RoleTitles_LinkWorker");

            migrationBuilder.RenameColumn(
                name: "role_titles_analyst",
                table: "programmes",
                newName: "RoleTitles_Analyst");

            migrationBuilder.AlterColumn<string>(
                name: "need",
                table: "services",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 40,
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "minimum_age",
                table: "services",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "maximum_age",
                table: "services",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "description",
                table: "services",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "cost_description",
                table: "services",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "phone",
                table: "services",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "organisation_id",
                table: "locations",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "name",
                table: "locations",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 500,
                oldNullable: true);

            migrationBuilder.AlterColumn<double>(
                name: "longitude",
                table: "locations",
                type: "REAL",
                nullable: false,
                defaultValue: 0.0,
                oldClrType: typeof(double),
                oldType: "REAL",
                oldNullable: true);

            migrationBuilder.AlterColumn<double>(
                name: "latitude",
                table: "locations",
                type: "REAL",
                nullable: false,
                defaultValue: 0.0,
                oldClrType: typeof(double),
                oldType: "REAL",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "address_line",
                table: "locations",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "postcode",
                table: "locations",
                type: "TEXT",
                maxLength: 12,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "town",
                table: "locations",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "service_at_location",
                columns: table => new
                {
                    service_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    location_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_at_location", x => new { x.service_id, x.location_id });
                    table.ForeignKey(
                        name: "fk_service_at_location_locations_location_id",
                        column: x => x.location_id,
                        principalTable: "locations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_service_at_location_services_service_id",
                        column: x => x.service_id,
                        principalTable: "services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "service_openings",
                columns: table => new
                {
                    service_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    day = table.Column<int>(type: "INTEGER", nullable: false),
                    opens = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    closes = table.Column<TimeOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_openings", x => new { x.service_id, x.day, x.opens });
                    table.ForeignKey(
                        name: "fk_service_openings_services_service_id",
                        column: x => x.service_id,
                        principalTable: "services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_services_need",
                table: "services",
                column: "need");

            migrationBuilder.CreateIndex(
                name: "ix_service_at_location_location_id",
                table: "service_at_location",
                column: "location_id");
        }
    }
}
