using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.Industry.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndustryInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "industry_industries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_industry_industries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "industry_projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Company = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NodeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Investment = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Area = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StartOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlannedCompletionOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Capacity = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ExpectedAnnualRevenue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_industry_projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "industry_settings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StrongMinEnterprises = table.Column<int>(type: "INTEGER", nullable: false),
                    StrongMinKeyFirms = table.Column<int>(type: "INTEGER", nullable: false),
                    StrongMinOutput = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    StaleLeadDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_industry_settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "industry_chains",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndustryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_industry_chains", x => x.Id);
                    table.ForeignKey(
                        name: "FK_industry_chains_industry_industries_IndustryId",
                        column: x => x.IndustryId,
                        principalTable: "industry_industries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "industry_milestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_industry_milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_industry_milestones_industry_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "industry_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "industry_project_years",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    PromisedInvestment = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ActualInvestment = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    PromisedRevenue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ActualRevenue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_industry_project_years", x => x.Id);
                    table.ForeignKey(
                        name: "FK_industry_project_years_industry_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "industry_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "industry_nodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChainId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Segment = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_industry_nodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_industry_nodes_industry_chains_ChainId",
                        column: x => x.ChainId,
                        principalTable: "industry_chains",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_industry_nodes_industry_nodes_ParentId",
                        column: x => x.ParentId,
                        principalTable: "industry_nodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "industry_leads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Company = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ExpectedInvestment = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    NextStep = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    NextStepOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastStepAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_industry_leads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_industry_leads_industry_nodes_NodeId",
                        column: x => x.NodeId,
                        principalTable: "industry_nodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "industry_placements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    KeyFirm = table.Column<bool>(type: "INTEGER", nullable: false),
                    Product = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_industry_placements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_industry_placements_industry_nodes_NodeId",
                        column: x => x.NodeId,
                        principalTable: "industry_nodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "industry_lead_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeadId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_industry_lead_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_industry_lead_steps_industry_leads_LeadId",
                        column: x => x.LeadId,
                        principalTable: "industry_leads",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "industry_placement_outputs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Output = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_industry_placement_outputs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_industry_placement_outputs_industry_placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "industry_placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_industry_chains_IndustryId",
                table: "industry_chains",
                column: "IndustryId");

            migrationBuilder.CreateIndex(
                name: "IX_industry_chains_ZoneId_Name",
                table: "industry_chains",
                columns: new[] { "ZoneId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_industry_industries_ZoneId_Name",
                table: "industry_industries",
                columns: new[] { "ZoneId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_industry_lead_steps_LeadId_At",
                table: "industry_lead_steps",
                columns: new[] { "LeadId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_industry_leads_NodeId",
                table: "industry_leads",
                column: "NodeId");

            migrationBuilder.CreateIndex(
                name: "IX_industry_leads_ZoneId_Stage",
                table: "industry_leads",
                columns: new[] { "ZoneId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_industry_milestones_ProjectId_Due",
                table: "industry_milestones",
                columns: new[] { "ProjectId", "Due" });

            migrationBuilder.CreateIndex(
                name: "IX_industry_nodes_ChainId",
                table: "industry_nodes",
                column: "ChainId");

            migrationBuilder.CreateIndex(
                name: "IX_industry_nodes_ParentId",
                table: "industry_nodes",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_industry_nodes_ZoneId_Name",
                table: "industry_nodes",
                columns: new[] { "ZoneId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_industry_placement_outputs_PlacementId_Year",
                table: "industry_placement_outputs",
                columns: new[] { "PlacementId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_industry_placement_outputs_ZoneId_Year",
                table: "industry_placement_outputs",
                columns: new[] { "ZoneId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_industry_placements_NodeId_EnterpriseId",
                table: "industry_placements",
                columns: new[] { "NodeId", "EnterpriseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_industry_placements_ZoneId_EnterpriseId",
                table: "industry_placements",
                columns: new[] { "ZoneId", "EnterpriseId" });

            migrationBuilder.CreateIndex(
                name: "IX_industry_project_years_ProjectId_Year",
                table: "industry_project_years",
                columns: new[] { "ProjectId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_industry_projects_ZoneId_Name",
                table: "industry_projects",
                columns: new[] { "ZoneId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_industry_settings_ZoneId_ValidFrom",
                table: "industry_settings",
                columns: new[] { "ZoneId", "ValidFrom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "industry_lead_steps");

            migrationBuilder.DropTable(
                name: "industry_milestones");

            migrationBuilder.DropTable(
                name: "industry_placement_outputs");

            migrationBuilder.DropTable(
                name: "industry_project_years");

            migrationBuilder.DropTable(
                name: "industry_settings");

            migrationBuilder.DropTable(
                name: "industry_leads");

            migrationBuilder.DropTable(
                name: "industry_placements");

            migrationBuilder.DropTable(
                name: "industry_projects");

            migrationBuilder.DropTable(
                name: "industry_nodes");

            migrationBuilder.DropTable(
                name: "industry_chains");

            migrationBuilder.DropTable(
                name: "industry_industries");
        }
    }
}
