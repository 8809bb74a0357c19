using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.Services.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ServicesInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "services_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ApplicantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FieldValues = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "services_calendar_years",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LoadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_calendar_years", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "services_departments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_departments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "services_due_reminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    NoticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    PostedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_due_reminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "services_holiday_days",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_holiday_days", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "services_notice_preferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastDigestOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_notice_preferences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "services_notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Link = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MailedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "services_department_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IsHead = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_department_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_services_department_members_services_departments_Department~",
                        column: x => x.DepartmentId,
                        principalTable: "services_departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "services_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    LegalLimitDays = table.Column<int>(type: "integer", nullable: false),
                    PromisedLimitDays = table.Column<int>(type: "integer", nullable: true),
                    Fee = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Result = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ResultName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Published = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_services_items_services_departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "services_departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "services_relief_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReportedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Satisfaction = table.Column<int>(type: "integer", nullable: true),
                    ClosingNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Reopened = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ClosureProposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_relief_cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_services_relief_cases_services_departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "services_departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "services_notice_mails",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    NoticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Digest = table.Column<bool>(type: "boolean", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_notice_mails", x => x.Id);
                    table.ForeignKey(
                        name: "FK_services_notice_mails_services_notices_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "services_notices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "services_application_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    LimitDays = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PausedRemaining = table.Column<int>(type: "integer", nullable: true),
                    PausedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Corrections = table.Column<int>(type: "integer", nullable: false),
                    DeferredMaterial = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DeferredPromisedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DeferredReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecisionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WorkingDaysUsed = table.Column<int>(type: "integer", nullable: true),
                    WarnedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EscalatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_application_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_services_application_items_services_applications_Applicatio~",
                        column: x => x.ApplicationId,
                        principalTable: "services_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_services_application_items_services_departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "services_departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_services_application_items_services_items_ServiceItemId",
                        column: x => x.ServiceItemId,
                        principalTable: "services_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "services_form_fields",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Required = table.Column<bool>(type: "boolean", nullable: false),
                    MaxLength = table.Column<int>(type: "integer", nullable: true),
                    Min = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Max = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Choices = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_form_fields", x => x.Id);
                    table.ForeignKey(
                        name: "FK_services_form_fields_services_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "services_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "services_item_materials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Essential = table.Column<bool>(type: "boolean", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_item_materials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_services_item_materials_services_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "services_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "services_relief_measures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Satisfaction = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_relief_measures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_services_relief_measures_services_relief_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "services_relief_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "services_result_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_services_result_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_services_result_documents_services_application_items_Applic~",
                        column: x => x.ApplicationItemId,
                        principalTable: "services_application_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_services_result_documents_services_applications_Application~",
                        column: x => x.ApplicationId,
                        principalTable: "services_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_services_application_items_ApplicationId_ServiceItemId",
                table: "services_application_items",
                columns: new[] { "ApplicationId", "ServiceItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_application_items_DepartmentId",
                table: "services_application_items",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_services_application_items_ServiceItemId",
                table: "services_application_items",
                column: "ServiceItemId");

            migrationBuilder.CreateIndex(
                name: "IX_services_application_items_ZoneId_DepartmentId_Status_DueOn",
                table: "services_application_items",
                columns: new[] { "ZoneId", "DepartmentId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_services_applications_ZoneId_ApplicantId_Status",
                table: "services_applications",
                columns: new[] { "ZoneId", "ApplicantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_services_applications_ZoneId_Number",
                table: "services_applications",
                columns: new[] { "ZoneId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_calendar_years_ZoneId_Year",
                table: "services_calendar_years",
                columns: new[] { "ZoneId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_department_members_DepartmentId_UserId",
                table: "services_department_members",
                columns: new[] { "DepartmentId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_department_members_ZoneId_UserId",
                table: "services_department_members",
                columns: new[] { "ZoneId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_services_departments_ZoneId_Code",
                table: "services_departments",
                columns: new[] { "ZoneId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_due_reminders_ZoneId_OrganisationId_Key_Stage",
                table: "services_due_reminders",
                columns: new[] { "ZoneId", "OrganisationId", "Key", "Stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_form_fields_ItemId_Key",
                table: "services_form_fields",
                columns: new[] { "ItemId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_holiday_days_ZoneId_Date",
                table: "services_holiday_days",
                columns: new[] { "ZoneId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_item_materials_ItemId_Order",
                table: "services_item_materials",
                columns: new[] { "ItemId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_services_items_DepartmentId",
                table: "services_items",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_services_items_ZoneId_Code",
                table: "services_items",
                columns: new[] { "ZoneId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_notice_mails_NoticeId_UserId",
                table: "services_notice_mails",
                columns: new[] { "NoticeId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_notice_preferences_Mode_LastDigestOn",
                table: "services_notice_preferences",
                columns: new[] { "Mode", "LastDigestOn" });

            migrationBuilder.CreateIndex(
                name: "IX_services_notice_preferences_ZoneId_UserId",
                table: "services_notice_preferences",
                columns: new[] { "ZoneId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_notices_MailedAt",
                table: "services_notices",
                column: "MailedAt");

            migrationBuilder.CreateIndex(
                name: "IX_services_notices_ZoneId_OrganisationId_CreatedAt",
                table: "services_notices",
                columns: new[] { "ZoneId", "OrganisationId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_services_notices_ZoneId_UserId_CreatedAt",
                table: "services_notices",
                columns: new[] { "ZoneId", "UserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_services_relief_cases_DepartmentId",
                table: "services_relief_cases",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_services_relief_cases_ZoneId_EnterpriseId",
                table: "services_relief_cases",
                columns: new[] { "ZoneId", "EnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_services_relief_cases_ZoneId_Number",
                table: "services_relief_cases",
                columns: new[] { "ZoneId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_services_relief_cases_ZoneId_Status_Category",
                table: "services_relief_cases",
                columns: new[] { "ZoneId", "Status", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_services_relief_cases_ZoneId_Status_Deadline",
                table: "services_relief_cases",
                columns: new[] { "ZoneId", "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_services_relief_measures_CaseId",
                table: "services_relief_measures",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_services_result_documents_ApplicationId",
                table: "services_result_documents",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_services_result_documents_ApplicationItemId",
                table: "services_result_documents",
                column: "ApplicationItemId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "services_calendar_years");

            migrationBuilder.DropTable(
                name: "services_department_members");

            migrationBuilder.DropTable(
                name: "services_due_reminders");

            migrationBuilder.DropTable(
                name: "services_form_fields");

            migrationBuilder.DropTable(
                name: "services_holiday_days");

            migrationBuilder.DropTable(
                name: "services_item_materials");

            migrationBuilder.DropTable(
                name: "services_notice_mails");

            migrationBuilder.DropTable(
                name: "services_notice_preferences");

            migrationBuilder.DropTable(
                name: "services_relief_measures");

            migrationBuilder.DropTable(
                name: "services_result_documents");

            migrationBuilder.DropTable(
                name: "services_notices");

            migrationBuilder.DropTable(
                name: "services_relief_cases");

            migrationBuilder.DropTable(
                name: "services_application_items");

            migrationBuilder.DropTable(
                name: "services_applications");

            migrationBuilder.DropTable(
                name: "services_items");

            migrationBuilder.DropTable(
                name: "services_departments");
        }
    }
}
