using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RoiApi.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RequestLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "clock_citation",
                table: "disclosure_requests",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "denial_explanation",
                table: "disclosure_requests",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string[]>(
                name: "denial_grounds",
                table: "disclosure_requests",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "extended_at",
                table: "disclosure_requests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "extension_reason",
                table: "disclosure_requests",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "original_due_date",
                table: "disclosure_requests",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "identity_verifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    method = table.Column<string>(type: "text", nullable: false),
                    relationship = table.Column<string>(type: "text", nullable: false),
                    authority = table.Column<string>(type: "text", nullable: true),
                    authority_document = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    verified_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    verified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    findings = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_identity_verifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_identity_verifications_disclosure_requests_request_id",
                        column: x => x.request_id,
                        principalTable: "disclosure_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_identity_verifications_request_id_verified_at",
                table: "identity_verifications",
                columns: new[] { "request_id", "verified_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "identity_verifications");

            migrationBuilder.DropColumn(
                name: "clock_citation",
                table: "disclosure_requests");

            migrationBuilder.DropColumn(
                name: "denial_explanation",
                table: "disclosure_requests");

            migrationBuilder.DropColumn(
                name: "denial_grounds",
                table: "disclosure_requests");

            migrationBuilder.DropColumn(
                name: "extended_at",
                table: "disclosure_requests");

            migrationBuilder.DropColumn(
                name: "extension_reason",
                table: "disclosure_requests");

            migrationBuilder.DropColumn(
                name: "original_due_date",
                table: "disclosure_requests");
        }
    }
}
