using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.Mobility.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MobilityTelemetry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "DeviceId",
                table: "mobility_vehicles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "mobility_operator_tokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hint = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mobility_operator_tokens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mobility_telemetry_points",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VehicleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeviceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TelemetryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Lat = table.Column<double>(type: "REAL", nullable: false),
                    Lng = table.Column<double>(type: "REAL", nullable: false),
                    SpeedKmh = table.Column<double>(type: "REAL", nullable: true),
                    Heading = table.Column<double>(type: "REAL", nullable: true),
                    AccuracyM = table.Column<double>(type: "REAL", nullable: true),
                    BatteryPercent = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mobility_telemetry_points", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mobility_vehicle_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VehicleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeviceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EventTypes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Lat = table.Column<double>(type: "REAL", nullable: true),
                    Lng = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mobility_vehicle_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mobility_violations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VehicleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RoadRightId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RoadRightVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    FirstAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PointCount = table.Column<int>(type: "INTEGER", nullable: false),
                    EvidenceJson = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mobility_violations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_mobility_vehicles_ZoneId_DeviceId",
                table: "mobility_vehicles",
                columns: new[] { "ZoneId", "DeviceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mobility_operator_tokens_Hash",
                table: "mobility_operator_tokens",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mobility_operator_tokens_ZoneId_OperatorId",
                table: "mobility_operator_tokens",
                columns: new[] { "ZoneId", "OperatorId" });

            migrationBuilder.CreateIndex(
                name: "IX_mobility_telemetry_points_TelemetryId",
                table: "mobility_telemetry_points",
                column: "TelemetryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mobility_telemetry_points_VehicleId_At",
                table: "mobility_telemetry_points",
                columns: new[] { "VehicleId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_mobility_vehicle_events_EventId",
                table: "mobility_vehicle_events",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mobility_vehicle_events_VehicleId_At",
                table: "mobility_vehicle_events",
                columns: new[] { "VehicleId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_mobility_violations_VehicleId_Status",
                table: "mobility_violations",
                columns: new[] { "VehicleId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_mobility_violations_ZoneId_OperatorId_LastAt",
                table: "mobility_violations",
                columns: new[] { "ZoneId", "OperatorId", "LastAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "mobility_operator_tokens");

            migrationBuilder.DropTable(
                name: "mobility_telemetry_points");

            migrationBuilder.DropTable(
                name: "mobility_vehicle_events");

            migrationBuilder.DropTable(
                name: "mobility_violations");

            migrationBuilder.DropIndex(
                name: "IX_mobility_vehicles_ZoneId_DeviceId",
                table: "mobility_vehicles");

            migrationBuilder.DropColumn(
                name: "DeviceId",
                table: "mobility_vehicles");
        }
    }
}
