using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.Mobility.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MobilityInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "mobility_plates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    VehicleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PolicyVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mobility_plates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mobility_policies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    InsuranceMinimum = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    RoadTestHours = table.Column<decimal>(type: "TEXT", precision: 10, scale: 1, nullable: false),
                    RoadTestKm = table.Column<decimal>(type: "TEXT", precision: 12, scale: 1, nullable: false),
                    MaxLengthMm = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxWidthMm = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxHeightMm = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxDesignSpeedKmh = table.Column<int>(type: "INTEGER", nullable: false),
                    PlatePrefix = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    PlateDigits = table.Column<int>(type: "INTEGER", nullable: false),
                    PlateNumberFrom = table.Column<int>(type: "INTEGER", nullable: false),
                    PlateNumberTo = table.Column<int>(type: "INTEGER", nullable: false),
                    RoadRightMaxDays = table.Column<int>(type: "INTEGER", nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mobility_policies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mobility_road_rights",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Scenario = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    SpeedLimitKmh = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AppliedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GrantedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PolicyVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mobility_road_rights", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mobility_vehicles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Vin = table.Column<string>(type: "TEXT", maxLength: 17, nullable: false),
                    Model = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    LengthMm = table.Column<int>(type: "INTEGER", nullable: false),
                    WidthMm = table.Column<int>(type: "INTEGER", nullable: false),
                    HeightMm = table.Column<int>(type: "INTEGER", nullable: false),
                    DesignSpeedKmh = table.Column<int>(type: "INTEGER", nullable: false),
                    Sensors = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mobility_vehicles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mobility_plate_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mobility_plate_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mobility_plate_events_mobility_plates_PlateId",
                        column: x => x.PlateId,
                        principalTable: "mobility_plates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mobility_road_right_areas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoadRightId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    GeoJson = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mobility_road_right_areas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mobility_road_right_areas_mobility_road_rights_RoadRightId",
                        column: x => x.RoadRightId,
                        principalTable: "mobility_road_rights",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mobility_road_right_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoadRightId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    After = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mobility_road_right_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mobility_road_right_events_mobility_road_rights_RoadRightId",
                        column: x => x.RoadRightId,
                        principalTable: "mobility_road_rights",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mobility_road_right_vehicles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoadRightId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VehicleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mobility_road_right_vehicles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mobility_road_right_vehicles_mobility_road_rights_RoadRightId",
                        column: x => x.RoadRightId,
                        principalTable: "mobility_road_rights",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mobility_road_right_windows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoadRightId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    FromMinute = table.Column<int>(type: "INTEGER", nullable: false),
                    ToMinute = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mobility_road_right_windows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mobility_road_right_windows_mobility_road_rights_RoadRightId",
                        column: x => x.RoadRightId,
                        principalTable: "mobility_road_rights",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mobility_insurance_policies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VehicleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Insurer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PolicyNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mobility_insurance_policies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mobility_insurance_policies_mobility_vehicles_VehicleId",
                        column: x => x.VehicleId,
                        principalTable: "mobility_vehicles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mobility_road_tests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VehicleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 10, scale: 1, nullable: false),
                    Km = table.Column<decimal>(type: "TEXT", precision: 12, scale: 1, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mobility_road_tests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mobility_road_tests_mobility_vehicles_VehicleId",
                        column: x => x.VehicleId,
                        principalTable: "mobility_vehicles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mobility_staff_assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VehicleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mobility_staff_assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mobility_staff_assignments_mobility_vehicles_VehicleId",
                        column: x => x.VehicleId,
                        principalTable: "mobility_vehicles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_mobility_insurance_policies_VehicleId",
                table: "mobility_insurance_policies",
                column: "VehicleId");

            migrationBuilder.CreateIndex(
                name: "IX_mobility_plate_events_PlateId",
                table: "mobility_plate_events",
                column: "PlateId");

            migrationBuilder.CreateIndex(
                name: "IX_mobility_plates_one_live_per_vehicle",
                table: "mobility_plates",
                column: "VehicleId",
                unique: true,
                filter: "\"Status\" <> 'Revoked'");

            migrationBuilder.CreateIndex(
                name: "IX_mobility_plates_ZoneId_Number",
                table: "mobility_plates",
                columns: new[] { "ZoneId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mobility_plates_ZoneId_OperatorId",
                table: "mobility_plates",
                columns: new[] { "ZoneId", "OperatorId" });

            migrationBuilder.CreateIndex(
                name: "IX_mobility_policies_ZoneId_Version",
                table: "mobility_policies",
                columns: new[] { "ZoneId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mobility_road_right_areas_RoadRightId",
                table: "mobility_road_right_areas",
                column: "RoadRightId");

            migrationBuilder.CreateIndex(
                name: "IX_mobility_road_right_events_RoadRightId",
                table: "mobility_road_right_events",
                column: "RoadRightId");

            migrationBuilder.CreateIndex(
                name: "IX_mobility_road_right_vehicles_RoadRightId_VehicleId",
                table: "mobility_road_right_vehicles",
                columns: new[] { "RoadRightId", "VehicleId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mobility_road_right_vehicles_VehicleId",
                table: "mobility_road_right_vehicles",
                column: "VehicleId");

            migrationBuilder.CreateIndex(
                name: "IX_mobility_road_right_windows_RoadRightId",
                table: "mobility_road_right_windows",
                column: "RoadRightId");

            migrationBuilder.CreateIndex(
                name: "IX_mobility_road_rights_ZoneId_OperatorId",
                table: "mobility_road_rights",
                columns: new[] { "ZoneId", "OperatorId" });

            migrationBuilder.CreateIndex(
                name: "IX_mobility_road_rights_ZoneId_Status",
                table: "mobility_road_rights",
                columns: new[] { "ZoneId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_mobility_road_tests_VehicleId",
                table: "mobility_road_tests",
                column: "VehicleId");

            migrationBuilder.CreateIndex(
                name: "IX_mobility_staff_assignments_VehicleId",
                table: "mobility_staff_assignments",
                column: "VehicleId");

            migrationBuilder.CreateIndex(
                name: "IX_mobility_vehicles_ZoneId_OperatorId",
                table: "mobility_vehicles",
                columns: new[] { "ZoneId", "OperatorId" });

            migrationBuilder.CreateIndex(
                name: "IX_mobility_vehicles_ZoneId_Vin",
                table: "mobility_vehicles",
                columns: new[] { "ZoneId", "Vin" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "mobility_insurance_policies");

            migrationBuilder.DropTable(
                name: "mobility_plate_events");

            migrationBuilder.DropTable(
                name: "mobility_policies");

            migrationBuilder.DropTable(
                name: "mobility_road_right_areas");

            migrationBuilder.DropTable(
                name: "mobility_road_right_events");

            migrationBuilder.DropTable(
                name: "mobility_road_right_vehicles");

            migrationBuilder.DropTable(
                name: "mobility_road_right_windows");

            migrationBuilder.DropTable(
                name: "mobility_road_tests");

            migrationBuilder.DropTable(
                name: "mobility_staff_assignments");

            migrationBuilder.DropTable(
                name: "mobility_plates");

            migrationBuilder.DropTable(
                name: "mobility_road_rights");

            migrationBuilder.DropTable(
                name: "mobility_vehicles");
        }
    }
}
