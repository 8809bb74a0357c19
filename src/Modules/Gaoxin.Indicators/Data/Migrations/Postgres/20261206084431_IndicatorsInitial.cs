using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.Indicators.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IndicatorsInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "indicators_definitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Unit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Published = table.Column<bool>(type: "boolean", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators_definitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "indicators_periods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators_periods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "indicators_targets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    DefinitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false),
                    SetOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Document = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators_targets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_indicators_targets_indicators_definitions_DefinitionId",
                        column: x => x.DefinitionId,
                        principalTable: "indicators_definitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "indicators_values",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    DefinitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: false),
                    ComparableGrowth = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: true),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicators_values", x => x.Id);
                    table.ForeignKey(
                        name: "FK_indicators_values_indicators_definitions_DefinitionId",
                        column: x => x.DefinitionId,
                        principalTable: "indicators_definitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_indicators_values_indicators_periods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "indicators_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_indicators_definitions_ZoneId_Code",
                table: "indicators_definitions",
                columns: new[] { "ZoneId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_indicators_periods_ZoneId_Year_Month",
                table: "indicators_periods",
                columns: new[] { "ZoneId", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_indicators_targets_DefinitionId_Year",
                table: "indicators_targets",
                columns: new[] { "DefinitionId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_indicators_targets_ZoneId",
                table: "indicators_targets",
                column: "ZoneId");

            migrationBuilder.CreateIndex(
                name: "IX_indicators_values_DefinitionId_PeriodId",
                table: "indicators_values",
                columns: new[] { "DefinitionId", "PeriodId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_indicators_values_PeriodId",
                table: "indicators_values",
                column: "PeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_indicators_values_ZoneId_PeriodId",
                table: "indicators_values",
                columns: new[] { "ZoneId", "PeriodId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "indicators_targets");

            migrationBuilder.DropTable(
                name: "indicators_values");

            migrationBuilder.DropTable(
                name: "indicators_definitions");

            migrationBuilder.DropTable(
                name: "indicators_periods");
        }
    }
}
