using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.Funding.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FundingConversionProposals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "funding_conversion_proposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstrumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    RoundName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    RoundClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PreMoney = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    PricePerShare = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Discount = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false),
                    Principal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ConversionPrice = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Shares = table.Column<decimal>(type: "TEXT", precision: 20, scale: 0, nullable: false),
                    StakeOfPreMoney = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProposedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funding_conversion_proposals", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_funding_conversion_proposals_InstrumentId_RoundId",
                table: "funding_conversion_proposals",
                columns: new[] { "InstrumentId", "RoundId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_funding_conversion_proposals_ZoneId_RoundId",
                table: "funding_conversion_proposals",
                columns: new[] { "ZoneId", "RoundId" });

            migrationBuilder.CreateIndex(
                name: "IX_funding_conversion_proposals_ZoneId_Status",
                table: "funding_conversion_proposals",
                columns: new[] { "ZoneId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "funding_conversion_proposals");
        }
    }
}
