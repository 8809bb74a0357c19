using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.Enterprises.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EnterprisesInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "enterprises_enterprises",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    IndustryCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    ZoneIndustry = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SizeClass = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AboveDesignatedSize = table.Column<bool>(type: "boolean", nullable: false),
                    ContactName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    InKeyHighTechField = table.Column<bool>(type: "boolean", nullable: false),
                    OwnsCoreIp = table.Column<bool>(type: "boolean", nullable: false),
                    InStrategicEmergingCatalogue = table.Column<bool>(type: "boolean", nullable: false),
                    YearsInNicheMarket = table.Column<int>(type: "integer", nullable: true),
                    NationalAwardLast5Years = table.Column<bool>(type: "boolean", nullable: false),
                    ProvincialAwardLast3Years = table.Column<bool>(type: "boolean", nullable: false),
                    ProvincialRdInstitution = table.Column<bool>(type: "boolean", nullable: false),
                    LedStandardLast5Years = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enterprises_enterprises", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enterprises_evaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Scheme = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SchemeVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    Verdict = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Total = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    MaxReachable = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    Shortfall = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    FailedGates = table.Column<int>(type: "integer", nullable: false),
                    FirstGap = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enterprises_evaluations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enterprises_expert_scores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Scheme = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Item = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Score = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    ReviewerId = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    EnteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enterprises_expert_scores", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enterprises_policies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Document = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Eligibility = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Amount = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enterprises_policies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enterprises_transformations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Investment = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcomes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enterprises_transformations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enterprises_annual_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Staff = table.Column<int>(type: "integer", nullable: true),
                    TechStaff = table.Column<int>(type: "integer", nullable: true),
                    Sales = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    TotalRevenue = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    MainBusinessRevenue = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    TotalCosts = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    RdSpend = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    RdSpendInChina = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    TotalAssets = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    NetAssets = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    DebtRatio = table.Column<decimal>(type: "numeric(9,6)", precision: 9, scale: 6, nullable: true),
                    HighTechIncome = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    ClassOneIp = table.Column<int>(type: "integer", nullable: false),
                    ClassTwoIp = table.Column<int>(type: "integer", nullable: false),
                    AchievementsConverted = table.Column<int>(type: "integer", nullable: false),
                    EquityRaised = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Awards = table.Column<int>(type: "integer", nullable: false),
                    StandardsLed = table.Column<int>(type: "integer", nullable: false),
                    MajorIncident = table.Column<bool>(type: "boolean", nullable: false),
                    OnCreditList = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enterprises_annual_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enterprises_annual_reports_enterprises_enterprises_Enterpri~",
                        column: x => x.EnterpriseId,
                        principalTable: "enterprises_enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "enterprises_certificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Scheme = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enterprises_certificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enterprises_certificates_enterprises_enterprises_Enterprise~",
                        column: x => x.EnterpriseId,
                        principalTable: "enterprises_enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_annual_reports_EnterpriseId_Year",
                table: "enterprises_annual_reports",
                columns: new[] { "EnterpriseId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_certificates_EnterpriseId_Scheme_Number",
                table: "enterprises_certificates",
                columns: new[] { "EnterpriseId", "Scheme", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_certificates_ZoneId_ValidTo",
                table: "enterprises_certificates",
                columns: new[] { "ZoneId", "ValidTo" });

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_enterprises_OrganisationId",
                table: "enterprises_enterprises",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_enterprises_ZoneId_CreditCode",
                table: "enterprises_enterprises",
                columns: new[] { "ZoneId", "CreditCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_enterprises_ZoneId_Name",
                table: "enterprises_enterprises",
                columns: new[] { "ZoneId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_evaluations_EnterpriseId_Scheme",
                table: "enterprises_evaluations",
                columns: new[] { "EnterpriseId", "Scheme" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_evaluations_ZoneId_Scheme_Shortfall",
                table: "enterprises_evaluations",
                columns: new[] { "ZoneId", "Scheme", "Shortfall" });

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_expert_scores_EnterpriseId_Scheme_Item",
                table: "enterprises_expert_scores",
                columns: new[] { "EnterpriseId", "Scheme", "Item" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_policies_ZoneId_Name",
                table: "enterprises_policies",
                columns: new[] { "ZoneId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_transformations_ZoneId_EnterpriseId",
                table: "enterprises_transformations",
                columns: new[] { "ZoneId", "EnterpriseId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "enterprises_annual_reports");

            migrationBuilder.DropTable(
                name: "enterprises_certificates");

            migrationBuilder.DropTable(
                name: "enterprises_evaluations");

            migrationBuilder.DropTable(
                name: "enterprises_expert_scores");

            migrationBuilder.DropTable(
                name: "enterprises_policies");

            migrationBuilder.DropTable(
                name: "enterprises_transformations");

            migrationBuilder.DropTable(
                name: "enterprises_enterprises");
        }
    }
}
