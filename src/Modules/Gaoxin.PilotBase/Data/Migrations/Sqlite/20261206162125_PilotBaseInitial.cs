using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.PilotBase.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PilotBaseInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pilot_base_areas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    FloorArea = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Investment = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    MajorProjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pilot_base_areas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pilot_base_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ProjectTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LeadOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MilestoneId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BatchCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Inputs = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    YieldPercent = table.Column<decimal>(type: "TEXT", precision: 7, scale: 4, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pilot_base_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pilot_base_schedule_proposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    HardDeadlines = table.Column<bool>(type: "INTEGER", nullable: false),
                    Optimal = table.Column<bool>(type: "INTEGER", nullable: false),
                    TotalLatenessMinutes = table.Column<long>(type: "INTEGER", nullable: false),
                    SolveSeconds = table.Column<double>(type: "REAL", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AcceptedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pilot_base_schedule_proposals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pilot_base_services",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TypicalHours = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    Price = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    PriceUnit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Deliverables = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pilot_base_services", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pilot_base_buildings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pilot_base_buildings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pilot_base_buildings_pilot_base_areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "pilot_base_areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pilot_base_run_measurements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    TargetMin = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    TargetMax = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Actual = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pilot_base_run_measurements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pilot_base_run_measurements_pilot_base_runs_RunId",
                        column: x => x.RunId,
                        principalTable: "pilot_base_runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pilot_base_run_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pilot_base_run_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pilot_base_run_reports_pilot_base_runs_RunId",
                        column: x => x.RunId,
                        principalTable: "pilot_base_runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pilot_base_rooms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuildingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FloorArea = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pilot_base_rooms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pilot_base_rooms_pilot_base_buildings_BuildingId",
                        column: x => x.BuildingId,
                        principalTable: "pilot_base_buildings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pilot_base_resources",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PricePerHour = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    PricePerDay = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    PricePerBatch = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    MaxBatchSize = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    BatchUnit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pilot_base_resources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pilot_base_resources_pilot_base_areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "pilot_base_areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_pilot_base_resources_pilot_base_rooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "pilot_base_rooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pilot_base_bookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HoldsSlot = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Customer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CustomerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    BatchSize = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Price = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ProposalId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CancelledLate = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pilot_base_bookings", x => x.Id);
                    table.CheckConstraint("CK_pilot_base_bookings_range", "\"StartsAt\" < \"EndsAt\"");
                    table.ForeignKey(
                        name: "FK_pilot_base_bookings_pilot_base_resources_ResourceId",
                        column: x => x.ResourceId,
                        principalTable: "pilot_base_resources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_pilot_base_bookings_pilot_base_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "pilot_base_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pilot_base_capabilities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Min = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Max = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pilot_base_capabilities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pilot_base_capabilities_pilot_base_resources_ResourceId",
                        column: x => x.ResourceId,
                        principalTable: "pilot_base_resources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pilot_base_qualifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CertificateNo = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pilot_base_qualifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pilot_base_qualifications_pilot_base_resources_ResourceId",
                        column: x => x.ResourceId,
                        principalTable: "pilot_base_resources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pilot_base_schedule_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ResourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<long>(type: "INTEGER", nullable: false),
                    LatenessMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Customer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CustomerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Price = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pilot_base_schedule_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pilot_base_schedule_items_pilot_base_resources_ResourceId",
                        column: x => x.ResourceId,
                        principalTable: "pilot_base_resources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_pilot_base_schedule_items_pilot_base_schedule_proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "pilot_base_schedule_proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pilot_base_service_resources",
                columns: table => new
                {
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pilot_base_service_resources", x => new { x.ServiceId, x.ResourceId });
                    table.ForeignKey(
                        name: "FK_pilot_base_service_resources_pilot_base_resources_ResourceId",
                        column: x => x.ResourceId,
                        principalTable: "pilot_base_resources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_pilot_base_service_resources_pilot_base_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "pilot_base_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pilot_base_run_resources",
                columns: table => new
                {
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pilot_base_run_resources", x => new { x.RunId, x.ResourceId });
                    table.ForeignKey(
                        name: "FK_pilot_base_run_resources_pilot_base_bookings_BookingId",
                        column: x => x.BookingId,
                        principalTable: "pilot_base_bookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_pilot_base_run_resources_pilot_base_resources_ResourceId",
                        column: x => x.ResourceId,
                        principalTable: "pilot_base_resources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_pilot_base_run_resources_pilot_base_runs_RunId",
                        column: x => x.RunId,
                        principalTable: "pilot_base_runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_pilot_base_areas_ZoneId_Code",
                table: "pilot_base_areas",
                columns: new[] { "ZoneId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pilot_base_bookings_ResourceId_StartsAt_EndsAt",
                table: "pilot_base_bookings",
                columns: new[] { "ResourceId", "StartsAt", "EndsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_pilot_base_bookings_ServiceId",
                table: "pilot_base_bookings",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_pilot_base_bookings_ZoneId_OrganisationId",
                table: "pilot_base_bookings",
                columns: new[] { "ZoneId", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_pilot_base_bookings_ZoneId_Status",
                table: "pilot_base_bookings",
                columns: new[] { "ZoneId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_pilot_base_buildings_AreaId_Name",
                table: "pilot_base_buildings",
                columns: new[] { "AreaId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pilot_base_capabilities_ResourceId",
                table: "pilot_base_capabilities",
                column: "ResourceId");

            migrationBuilder.CreateIndex(
                name: "IX_pilot_base_capabilities_ZoneId_Kind_Max",
                table: "pilot_base_capabilities",
                columns: new[] { "ZoneId", "Kind", "Max" });

            migrationBuilder.CreateIndex(
                name: "IX_pilot_base_qualifications_ResourceId",
                table: "pilot_base_qualifications",
                column: "ResourceId");

            migrationBuilder.CreateIndex(
                name: "IX_pilot_base_resources_AreaId",
                table: "pilot_base_resources",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_pilot_base_resources_RoomId",
                table: "pilot_base_resources",
                column: "RoomId");

            migrationBuilder.CreateIndex(
                name: "IX_pilot_base_resources_ZoneId_Code",
                table: "pilot_base_resources",
                columns: new[] { "ZoneId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pilot_base_resources_ZoneId_Status",
                table: "pilot_base_resources",
                columns: new[] { "ZoneId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_pilot_base_rooms_BuildingId_Name",
                table: "pilot_base_rooms",
                columns: new[] { "BuildingId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pilot_base_run_measurements_RunId",
                table: "pilot_base_run_measurements",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_pilot_base_run_reports_RunId",
                table: "pilot_base_run_reports",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_pilot_base_run_resources_BookingId",
                table: "pilot_base_run_resources",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_pilot_base_run_resources_ResourceId",
                table: "pilot_base_run_resources",
                column: "ResourceId");

            migrationBuilder.CreateIndex(
                name: "IX_pilot_base_runs_ZoneId_BatchCode",
                table: "pilot_base_runs",
                columns: new[] { "ZoneId", "BatchCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pilot_base_runs_ZoneId_LeadOrganisationId",
                table: "pilot_base_runs",
                columns: new[] { "ZoneId", "LeadOrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_pilot_base_runs_ZoneId_OrganisationId",
                table: "pilot_base_runs",
                columns: new[] { "ZoneId", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_pilot_base_runs_ZoneId_ProjectId",
                table: "pilot_base_runs",
                columns: new[] { "ZoneId", "ProjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_pilot_base_schedule_items_ProposalId",
                table: "pilot_base_schedule_items",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_pilot_base_schedule_items_ResourceId",
                table: "pilot_base_schedule_items",
                column: "ResourceId");

            migrationBuilder.CreateIndex(
                name: "IX_pilot_base_schedule_proposals_ZoneId_CreatedAt",
                table: "pilot_base_schedule_proposals",
                columns: new[] { "ZoneId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_pilot_base_service_resources_ResourceId",
                table: "pilot_base_service_resources",
                column: "ResourceId");

            migrationBuilder.CreateIndex(
                name: "IX_pilot_base_services_ZoneId_Code",
                table: "pilot_base_services",
                columns: new[] { "ZoneId", "Code" },
                unique: true);

            // A resource is never held twice at once. SQLite runs one writer at a time, so this check and the row it guards
            // cannot interleave with another writer's: the trigger is as strong as PostgreSQL's exclusion constraint.
            // Times are stored as UTC ticks, so the comparison is the instants'. Touching ranges pass.
            migrationBuilder.Sql("""
                CREATE TRIGGER pilot_base_bookings_no_overlap_insert BEFORE INSERT ON pilot_base_bookings
                WHEN NEW."HoldsSlot" AND EXISTS (
                    SELECT 1 FROM pilot_base_bookings b
                    WHERE b."ResourceId" = NEW."ResourceId" AND b."HoldsSlot" AND b."Id" <> NEW."Id"
                      AND b."StartsAt" < NEW."EndsAt" AND NEW."StartsAt" < b."EndsAt")
                BEGIN SELECT RAISE(ABORT, 'pilot_base_bookings_no_overlap'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER pilot_base_bookings_no_overlap_update BEFORE UPDATE OF "ResourceId", "StartsAt", "EndsAt", "HoldsSlot" ON pilot_base_bookings
                WHEN NEW."HoldsSlot" AND EXISTS (
                    SELECT 1 FROM pilot_base_bookings b
                    WHERE b."ResourceId" = NEW."ResourceId" AND b."HoldsSlot" AND b."Id" <> NEW."Id"
                      AND b."StartsAt" < NEW."EndsAt" AND NEW."StartsAt" < b."EndsAt")
                BEGIN SELECT RAISE(ABORT, 'pilot_base_bookings_no_overlap'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS pilot_base_bookings_no_overlap_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS pilot_base_bookings_no_overlap_insert;");

            migrationBuilder.DropTable(
                name: "pilot_base_capabilities");

            migrationBuilder.DropTable(
                name: "pilot_base_qualifications");

            migrationBuilder.DropTable(
                name: "pilot_base_run_measurements");

            migrationBuilder.DropTable(
                name: "pilot_base_run_reports");

            migrationBuilder.DropTable(
                name: "pilot_base_run_resources");

            migrationBuilder.DropTable(
                name: "pilot_base_schedule_items");

            migrationBuilder.DropTable(
                name: "pilot_base_service_resources");

            migrationBuilder.DropTable(
                name: "pilot_base_bookings");

            migrationBuilder.DropTable(
                name: "pilot_base_runs");

            migrationBuilder.DropTable(
                name: "pilot_base_schedule_proposals");

            migrationBuilder.DropTable(
                name: "pilot_base_resources");

            migrationBuilder.DropTable(
                name: "pilot_base_services");

            migrationBuilder.DropTable(
                name: "pilot_base_rooms");

            migrationBuilder.DropTable(
                name: "pilot_base_buildings");

            migrationBuilder.DropTable(
                name: "pilot_base_areas");
        }
    }
}
