using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.Capital.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CapitalInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "capital_funds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NormalisedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ManagerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Size = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Focus = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_capital_funds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "capital_investors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NormalisedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_capital_investors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "capital_rounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProjectTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PreMoney = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    PostMoney = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    PreMoneyShares = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_capital_rounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "capital_round_investors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvestorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvestorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_capital_round_investors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_capital_round_investors_capital_rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "capital_rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_capital_funds_ManagerId",
                table: "capital_funds",
                column: "ManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_capital_funds_ZoneId_NormalisedName",
                table: "capital_funds",
                columns: new[] { "ZoneId", "NormalisedName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_capital_investors_ZoneId_NormalisedName",
                table: "capital_investors",
                columns: new[] { "ZoneId", "NormalisedName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_capital_round_investors_RoundId_InvestorId",
                table: "capital_round_investors",
                columns: new[] { "RoundId", "InvestorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_capital_rounds_ZoneId_CompanyOrganisationId",
                table: "capital_rounds",
                columns: new[] { "ZoneId", "CompanyOrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_capital_rounds_ZoneId_State_ClosedOn",
                table: "capital_rounds",
                columns: new[] { "ZoneId", "State", "ClosedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "capital_funds");

            migrationBuilder.DropTable(
                name: "capital_investors");

            migrationBuilder.DropTable(
                name: "capital_round_investors");

            migrationBuilder.DropTable(
                name: "capital_rounds");
        }
    }
}
