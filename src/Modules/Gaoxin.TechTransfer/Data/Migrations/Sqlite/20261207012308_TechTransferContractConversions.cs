using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.TechTransfer.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TechTransferContractConversions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "tech_transfer_contract_conversions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AchievementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RegistrationNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tech_transfer_contract_conversions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_contract_conversions_ZoneId_AchievementId",
                table: "tech_transfer_contract_conversions",
                columns: new[] { "ZoneId", "AchievementId" });

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_contract_conversions_ZoneId_ContractId",
                table: "tech_transfer_contract_conversions",
                columns: new[] { "ZoneId", "ContractId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_contract_conversions_ZoneId_ProjectId",
                table: "tech_transfer_contract_conversions",
                columns: new[] { "ZoneId", "ProjectId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tech_transfer_contract_conversions");
        }
    }
}
