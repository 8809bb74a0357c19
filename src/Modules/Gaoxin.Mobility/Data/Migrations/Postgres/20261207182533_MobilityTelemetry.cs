using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.Mobility.Data.Migrations.Postgres
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
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "mobility_operator_tokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hint = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevokedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mobility_operator_tokens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mobility_telemetry_points",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    VehicleId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeviceId = table.Column<Guid>(type: "uuid", nullable: false),
                    TelemetryId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Lat = table.Column<double>(type: "double precision", nullable: false),
                    Lng = table.Column<double>(type: "double precision", nullable: false),
                    SpeedKmh = table.Column<double>(type: "double precision", nullable: true),
                    Heading = table.Column<double>(type: "double precision", nullable: true),
                    AccuracyM = table.Column<double>(type: "double precision", nullable: true),
                    BatteryPercent = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mobility_telemetry_points", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mobility_vehicle_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    VehicleId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeviceId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    EventTypes = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Lat = table.Column<double>(type: "double precision", nullable: true),
                    Lng = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mobility_vehicle_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mobility_violations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    VehicleId = table.Column<Guid>(type: "uuid", nullable: false),
                    Rule = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Message = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RoadRightId = table.Column<Guid>(type: "uuid", nullable: true),
                    RoadRightVersion = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    FirstAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PointCount = table.Column<int>(type: "integer", nullable: false),
                    EvidenceJson = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
