using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.Funding.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FundingInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "funding_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ProjectTitle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    FundYear = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    EligibleCost = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    CostBreakdown = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Instrument = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ScreeningScore = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    Grade = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    RecommendedAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    RecommendationNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecommendedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PolicyVersion = table.Column<int>(type: "integer", nullable: true),
                    AwardId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funding_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "funding_assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    KpisJson = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Score = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Factor = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    BaseFee = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    OperatingFunds = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    RectificationNotice = table.Column<bool>(type: "boolean", nullable: false),
                    PolicyVersion = table.Column<int>(type: "integer", nullable: false),
                    AssessedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AssessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funding_assessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "funding_awards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ProjectTitle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    FundYear = table.Column<int>(type: "integer", nullable: false),
                    Grade = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Instrument = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PolicyVersion = table.Column<int>(type: "integer", nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CloseReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funding_awards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "funding_diligence_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstrumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DiligenceDocumented = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OpenedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funding_diligence_reviews", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "funding_instruments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    AwardId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectTitle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ConvertibleFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Discount = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    ReturnAnnualRate = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    PolicyVersion = table.Column<int>(type: "integer", nullable: false),
                    Trigger = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ConvertedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Round = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    RoundPricePerShare = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    ConversionPrice = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    Principal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Shares = table.Column<decimal>(type: "numeric(20,0)", precision: 20, scale: 0, nullable: true),
                    ExitKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ExitOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Proceeds = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    ReturnCap = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Credited = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Settlement = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funding_instruments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "funding_ledger_entries",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    FundYear = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    AwardId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: true),
                    InstrumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    PolicyVersion = table.Column<int>(type: "integer", nullable: true),
                    Memo = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funding_ledger_entries", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "funding_payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    AwardId = table.Column<Guid>(type: "uuid", nullable: false),
                    TrancheId = table.Column<Guid>(type: "uuid", nullable: false),
                    TrancheNumber = table.Column<int>(type: "integer", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FailureReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funding_payments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "funding_policies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    AnnualBudget = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    ProjectCap = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    GradeAMinScore = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    GradeBMinScore = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    GradeCMinScore = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    GradeACeiling = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    GradeBCeiling = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    GradeCCeiling = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    GradeAShare = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    GradeBShare = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    GradeCShare = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    TrancheSigning = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    TranchePilot = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    TrancheAcceptance = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    ConversionDiscount = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    ReturnAnnualRate = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    DeadlineYears = table.Column<int>(type: "integer", nullable: false),
                    ConversionAfterYears = table.Column<int>(type: "integer", nullable: false),
                    EquityHolder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TargetConversions = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    TargetSuccessRate = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    TargetNewOutput = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    TargetUtilisation = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    TargetFollowOn = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    TargetIncubated = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    WeightConversions = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    WeightSuccessRate = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    WeightNewOutput = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    WeightUtilisation = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    WeightFollowOn = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    WeightIncubated = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    OperatorBaseFee = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Factor90 = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Factor80 = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Factor70 = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Factor60 = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funding_policies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "funding_tranches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    AwardId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Share = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    MilestoneId = table.Column<Guid>(type: "uuid", nullable: true),
                    MilestoneTitle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funding_tranches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_funding_tranches_funding_awards_AwardId",
                        column: x => x.AwardId,
                        principalTable: "funding_awards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "funding_review_approvals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ApproverId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ApproverName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Approve = table.Column<bool>(type: "boolean", nullable: false),
                    Opinion = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funding_review_approvals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_funding_review_approvals_funding_diligence_reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "funding_diligence_reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_funding_applications_ProjectId",
                table: "funding_applications",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_funding_applications_ZoneId_OrganisationId",
                table: "funding_applications",
                columns: new[] { "ZoneId", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_funding_applications_ZoneId_Status",
                table: "funding_applications",
                columns: new[] { "ZoneId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_funding_assessments_ZoneId_Year",
                table: "funding_assessments",
                columns: new[] { "ZoneId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_funding_awards_ApplicationId",
                table: "funding_awards",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_funding_awards_ProjectId",
                table: "funding_awards",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_funding_awards_ZoneId_FundYear",
                table: "funding_awards",
                columns: new[] { "ZoneId", "FundYear" });

            migrationBuilder.CreateIndex(
                name: "IX_funding_awards_ZoneId_OrganisationId",
                table: "funding_awards",
                columns: new[] { "ZoneId", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_funding_diligence_reviews_InstrumentId",
                table: "funding_diligence_reviews",
                column: "InstrumentId");

            migrationBuilder.CreateIndex(
                name: "IX_funding_instruments_AwardId",
                table: "funding_instruments",
                column: "AwardId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_funding_instruments_ZoneId_Status",
                table: "funding_instruments",
                columns: new[] { "ZoneId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_funding_ledger_entries_AwardId",
                table: "funding_ledger_entries",
                column: "AwardId");

            migrationBuilder.CreateIndex(
                name: "IX_funding_ledger_entries_ZoneId_FundYear_Kind",
                table: "funding_ledger_entries",
                columns: new[] { "ZoneId", "FundYear", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_funding_ledger_entries_ZoneId_ProjectId",
                table: "funding_ledger_entries",
                columns: new[] { "ZoneId", "ProjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_funding_payments_AwardId",
                table: "funding_payments",
                column: "AwardId");

            migrationBuilder.CreateIndex(
                name: "IX_funding_payments_TrancheId",
                table: "funding_payments",
                column: "TrancheId");

            migrationBuilder.CreateIndex(
                name: "IX_funding_payments_ZoneId_IdempotencyKey",
                table: "funding_payments",
                columns: new[] { "ZoneId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_funding_policies_ZoneId_Version",
                table: "funding_policies",
                columns: new[] { "ZoneId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_funding_review_approvals_ReviewId_Role",
                table: "funding_review_approvals",
                columns: new[] { "ReviewId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_funding_tranches_AwardId_Number",
                table: "funding_tranches",
                columns: new[] { "AwardId", "Number" },
                unique: true);

            // The fund ledger is append-only: the database itself refuses edits, deletions and truncation.
            migrationBuilder.Sql("""
                CREATE FUNCTION funding_ledger_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'funding_ledger_entries is append-only';
                END
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER funding_ledger_entries_no_change BEFORE UPDATE OR DELETE ON funding_ledger_entries
                FOR EACH ROW EXECUTE FUNCTION funding_ledger_entries_append_only();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER funding_ledger_entries_no_truncate BEFORE TRUNCATE ON funding_ledger_entries
                FOR EACH STATEMENT EXECUTE FUNCTION funding_ledger_entries_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS funding_ledger_entries_no_truncate ON funding_ledger_entries;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS funding_ledger_entries_no_change ON funding_ledger_entries;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS funding_ledger_entries_append_only();");

            migrationBuilder.DropTable(
                name: "funding_applications");

            migrationBuilder.DropTable(
                name: "funding_assessments");

            migrationBuilder.DropTable(
                name: "funding_instruments");

            migrationBuilder.DropTable(
                name: "funding_ledger_entries");

            migrationBuilder.DropTable(
                name: "funding_payments");

            migrationBuilder.DropTable(
                name: "funding_policies");

            migrationBuilder.DropTable(
                name: "funding_review_approvals");

            migrationBuilder.DropTable(
                name: "funding_tranches");

            migrationBuilder.DropTable(
                name: "funding_diligence_reviews");

            migrationBuilder.DropTable(
                name: "funding_awards");
        }
    }
}
