using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RoiApi.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class EvidenceEngine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "signed_form",
                table: "authorizations",
                newName: "signed_document");

            migrationBuilder.RenameColumn(
                name: "form",
                table: "authorizations",
                newName: "submission");

            migrationBuilder.AddColumn<string>(
                name: "obligations",
                table: "packets",
                type: "jsonb",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "signed_document_sha256",
                table: "authorizations",
                type: "character(64)",
                fixedLength: true,
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "obligations",
                table: "packets");

            migrationBuilder.DropColumn(
                name: "signed_document_sha256",
                table: "authorizations");

            migrationBuilder.RenameColumn(
                name: "submission",
                table: "authorizations",
                newName: "form");

            migrationBuilder.RenameColumn(
                name: "signed_document",
                table: "authorizations",
                newName: "signed_form");
        }
    }
}
