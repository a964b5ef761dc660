using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace RoiApi.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Part2NoticeTexts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "part2_notice_texts",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    statement = table.Column<string>(type: "text", nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    effective_until = table.Column<DateOnly>(type: "date", nullable: true),
                    text = table.Column<string>(type: "text", nullable: false),
                    source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_part2_notice_texts", x => x.id);
                });

            migrationBuilder.InsertData(
                table: "part2_notice_texts",
                columns: new[] { "id", "effective_from", "effective_until", "source", "statement", "text" },
                values: new object[,]
                {
                    { "part2-2.32-statement1-2024", new DateOnly(2024, 4, 16), null, "42 CFR 2.32(a)(1), 89 FR 12472 (2024)", "statement1", "This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, or testimony that describes the information contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, State, or local authority, against the patient, unless authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of the following applies: (i) Further use or disclosure is expressly permitted by the written consent of the individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. (ii) You are a covered entity or business associate and have received the record for treatment, payment, or health care operations, or (iii) You have received the record from a covered entity or business associate as permitted by 45 CFR part 164, subparts A and E. A general authorization for the release of medical or other information is NOT sufficient to meet the required elements of written consent to further use or redisclose the record (see 42 CFR 2.31)." },
                    { "part2-2.32-statement2-2024", new DateOnly(2024, 4, 16), null, "42 CFR 2.32(a)(2), 89 FR 12472 (2024)", "statement2", "42 CFR part 2 prohibits unauthorized use or disclosure of these records." }
                });

            migrationBuilder.CreateIndex(
                name: "ix_part2_notice_texts_statement_effective_from",
                table: "part2_notice_texts",
                columns: new[] { "statement", "effective_from" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "part2_notice_texts");
        }
    }
}
