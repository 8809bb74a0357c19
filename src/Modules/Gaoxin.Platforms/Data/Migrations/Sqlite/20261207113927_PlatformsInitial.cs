using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.Platforms.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlatformsInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "platforms_platforms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    NormalisedName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    HostOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecognisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    RevokedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RevocationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platforms_platforms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platforms_co_builders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlatformId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platforms_co_builders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platforms_co_builders_platforms_platforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "platforms_platforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platforms_equipment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlatformId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Model = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    OpenToOthers = table.Column<bool>(type: "INTEGER", nullable: false),
                    BookingContact = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platforms_equipment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platforms_equipment_platforms_platforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "platforms_platforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "platforms_evaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlatformId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvaluatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platforms_evaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_platforms_evaluations_platforms_platforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "platforms_platforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_platforms_co_builders_PlatformId",
                table: "platforms_co_builders",
                column: "PlatformId");

            migrationBuilder.CreateIndex(
                name: "IX_platforms_co_builders_ZoneId_Name",
                table: "platforms_co_builders",
                columns: new[] { "ZoneId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_platforms_equipment_PlatformId",
                table: "platforms_equipment",
                column: "PlatformId");

            migrationBuilder.CreateIndex(
                name: "IX_platforms_evaluations_PlatformId",
                table: "platforms_evaluations",
                column: "PlatformId");

            migrationBuilder.CreateIndex(
                name: "IX_platforms_platforms_ZoneId_HostOrganisationId_NormalisedName",
                table: "platforms_platforms",
                columns: new[] { "ZoneId", "HostOrganisationId", "NormalisedName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_platforms_platforms_ZoneId_Level_State",
                table: "platforms_platforms",
                columns: new[] { "ZoneId", "Level", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platforms_co_builders");

            migrationBuilder.DropTable(
                name: "platforms_equipment");

            migrationBuilder.DropTable(
                name: "platforms_evaluations");

            migrationBuilder.DropTable(
                name: "platforms_platforms");
        }
    }
}
