using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.TechTransfer.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TechTransferInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "tech_transfer_achievements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OwnerOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Readiness = table.Column<int>(type: "INTEGER", nullable: false),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tech_transfer_achievements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "tech_transfer_projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Team = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LeadOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CompanyOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CompanyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CompanyRegistered = table.Column<bool>(type: "INTEGER", nullable: false),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EntryYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    StageSince = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FurthestStage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    TerminationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PilotStartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IndustrialStartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SucceededOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ScreeningScore = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tech_transfer_projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "tech_transfer_rounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Deadline = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GradeA = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    GradeB = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    GradeC = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tech_transfer_rounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "tech_transfer_success_definitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RevenueThreshold = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    WithinMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    AnnualConversionTarget = table.Column<int>(type: "INTEGER", nullable: false),
                    AnnualOutputTarget = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tech_transfer_success_definitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "tech_transfer_achievement_patents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AchievementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tech_transfer_achievement_patents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tech_transfer_achievement_patents_tech_transfer_achievements_AchievementId",
                        column: x => x.AchievementId,
                        principalTable: "tech_transfer_achievements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tech_transfer_industrialization_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Company = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Capacity = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TargetSales = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    TargetOutput = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tech_transfer_industrialization_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tech_transfer_industrialization_plans_tech_transfer_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "tech_transfer_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tech_transfer_milestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Plan = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AcceptanceCriteria = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tech_transfer_milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tech_transfer_milestones_tech_transfer_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "tech_transfer_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tech_transfer_outcome_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RevenueToDate = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    AnnualOutput = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tech_transfer_outcome_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tech_transfer_outcome_reports_tech_transfer_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "tech_transfer_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tech_transfer_pilot_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Objectives = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Facility = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Budget = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tech_transfer_pilot_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tech_transfer_pilot_plans_tech_transfer_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "tech_transfer_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tech_transfer_project_achievements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AchievementId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tech_transfer_project_achievements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tech_transfer_project_achievements_tech_transfer_achievements_AchievementId",
                        column: x => x.AchievementId,
                        principalTable: "tech_transfer_achievements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_tech_transfer_project_achievements_tech_transfer_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "tech_transfer_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tech_transfer_project_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    FromStage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ToStage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    DaysInFromStage = table.Column<int>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tech_transfer_project_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tech_transfer_project_events_tech_transfer_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "tech_transfer_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tech_transfer_support_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AmountAsked = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Granted = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tech_transfer_support_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tech_transfer_support_requests_tech_transfer_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "tech_transfer_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tech_transfer_conflicts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Automatic = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tech_transfer_conflicts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tech_transfer_conflicts_tech_transfer_rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "tech_transfer_rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tech_transfer_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tech_transfer_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tech_transfer_reviews_tech_transfer_rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "tech_transfer_rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tech_transfer_round_criteria",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Weight = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tech_transfer_round_criteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tech_transfer_round_criteria_tech_transfer_rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "tech_transfer_rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tech_transfer_round_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tech_transfer_round_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tech_transfer_round_entries_tech_transfer_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "tech_transfer_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_tech_transfer_round_entries_tech_transfer_rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "tech_transfer_rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tech_transfer_round_reviewers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tech_transfer_round_reviewers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tech_transfer_round_reviewers_tech_transfer_rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "tech_transfer_rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tech_transfer_review_scores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CriterionKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tech_transfer_review_scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tech_transfer_review_scores_tech_transfer_reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "tech_transfer_reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_achievement_patents_AchievementId_Number",
                table: "tech_transfer_achievement_patents",
                columns: new[] { "AchievementId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_achievement_patents_ZoneId_Number",
                table: "tech_transfer_achievement_patents",
                columns: new[] { "ZoneId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_achievements_ZoneId_OwnerOrganisationId",
                table: "tech_transfer_achievements",
                columns: new[] { "ZoneId", "OwnerOrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_achievements_ZoneId_Title",
                table: "tech_transfer_achievements",
                columns: new[] { "ZoneId", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_conflicts_RoundId_ProjectId_UserId",
                table: "tech_transfer_conflicts",
                columns: new[] { "RoundId", "ProjectId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_industrialization_plans_ProjectId",
                table: "tech_transfer_industrialization_plans",
                column: "ProjectId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_milestones_ProjectId_Plan_Due",
                table: "tech_transfer_milestones",
                columns: new[] { "ProjectId", "Plan", "Due" });

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_outcome_reports_ProjectId_ReportedOn",
                table: "tech_transfer_outcome_reports",
                columns: new[] { "ProjectId", "ReportedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_outcome_reports_ZoneId_ProjectId_ReportedOn_AnnualOutput",
                table: "tech_transfer_outcome_reports",
                columns: new[] { "ZoneId", "ProjectId", "ReportedOn", "AnnualOutput" });

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_pilot_plans_ProjectId",
                table: "tech_transfer_pilot_plans",
                column: "ProjectId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_project_achievements_AchievementId",
                table: "tech_transfer_project_achievements",
                column: "AchievementId");

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_project_achievements_ProjectId_AchievementId",
                table: "tech_transfer_project_achievements",
                columns: new[] { "ProjectId", "AchievementId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_project_events_ProjectId_At",
                table: "tech_transfer_project_events",
                columns: new[] { "ProjectId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_project_events_ZoneId_Kind_FromStage_DaysInFromStage",
                table: "tech_transfer_project_events",
                columns: new[] { "ZoneId", "Kind", "FromStage", "DaysInFromStage" });

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_projects_CompanyOrganisationId",
                table: "tech_transfer_projects",
                column: "CompanyOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_projects_LeadOrganisationId",
                table: "tech_transfer_projects",
                column: "LeadOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_projects_ZoneId_Code",
                table: "tech_transfer_projects",
                columns: new[] { "ZoneId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_projects_ZoneId_EntryYear",
                table: "tech_transfer_projects",
                columns: new[] { "ZoneId", "EntryYear" });

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_projects_ZoneId_Stage",
                table: "tech_transfer_projects",
                columns: new[] { "ZoneId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_review_scores_ReviewId_CriterionKey",
                table: "tech_transfer_review_scores",
                columns: new[] { "ReviewId", "CriterionKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_reviews_RoundId_ProjectId_UserId",
                table: "tech_transfer_reviews",
                columns: new[] { "RoundId", "ProjectId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_round_criteria_RoundId_Key",
                table: "tech_transfer_round_criteria",
                columns: new[] { "RoundId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_round_entries_ProjectId",
                table: "tech_transfer_round_entries",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_round_entries_RoundId_ProjectId",
                table: "tech_transfer_round_entries",
                columns: new[] { "RoundId", "ProjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_round_reviewers_RoundId_UserId",
                table: "tech_transfer_round_reviewers",
                columns: new[] { "RoundId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_round_reviewers_UserId",
                table: "tech_transfer_round_reviewers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_rounds_ZoneId_Deadline",
                table: "tech_transfer_rounds",
                columns: new[] { "ZoneId", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_success_definitions_ZoneId_EffectiveFrom",
                table: "tech_transfer_success_definitions",
                columns: new[] { "ZoneId", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_support_requests_ProjectId",
                table: "tech_transfer_support_requests",
                column: "ProjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tech_transfer_achievement_patents");

            migrationBuilder.DropTable(
                name: "tech_transfer_conflicts");

            migrationBuilder.DropTable(
                name: "tech_transfer_industrialization_plans");

            migrationBuilder.DropTable(
                name: "tech_transfer_milestones");

            migrationBuilder.DropTable(
                name: "tech_transfer_outcome_reports");

            migrationBuilder.DropTable(
                name: "tech_transfer_pilot_plans");

            migrationBuilder.DropTable(
                name: "tech_transfer_project_achievements");

            migrationBuilder.DropTable(
                name: "tech_transfer_project_events");

            migrationBuilder.DropTable(
                name: "tech_transfer_review_scores");

            migrationBuilder.DropTable(
                name: "tech_transfer_round_criteria");

            migrationBuilder.DropTable(
                name: "tech_transfer_round_entries");

            migrationBuilder.DropTable(
                name: "tech_transfer_round_reviewers");

            migrationBuilder.DropTable(
                name: "tech_transfer_success_definitions");

            migrationBuilder.DropTable(
                name: "tech_transfer_support_requests");

            migrationBuilder.DropTable(
                name: "tech_transfer_achievements");

            migrationBuilder.DropTable(
                name: "tech_transfer_reviews");

            migrationBuilder.DropTable(
                name: "tech_transfer_projects");

            migrationBuilder.DropTable(
                name: "tech_transfer_rounds");
        }
    }
}
