using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.Scenes.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ScenesInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "scenes_deals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Side = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DemandId = table.Column<Guid>(type: "uuid", nullable: false),
                    BuyerOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SupplyKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SupplyId = table.Column<Guid>(type: "uuid", nullable: false),
                    SellerOrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    MatchScore = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: true),
                    MatchReasons = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LastStepOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scenes_deals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scenes_demands",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PosterOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Problem = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Industry = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ChainLink = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    BudgetMin = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    BudgetMax = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Anonymous = table.Column<bool>(type: "boolean", nullable: false),
                    PostedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ModerationNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    MergedIntoId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    DuplicateText = table.Column<string>(type: "character varying(4200)", maxLength: 4200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scenes_demands", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scenes_experts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Affiliation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Industry = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Expertise = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ConsentToIntroductions = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scenes_experts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scenes_match_notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    DemandKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DemandId = table.Column<Guid>(type: "uuid", nullable: false),
                    SupplyKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SupplyId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scenes_match_notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scenes_products",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Industry = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ChainLink = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Readiness = table.Column<int>(type: "integer", nullable: false),
                    Certificates = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ListedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scenes_products", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scenes_scenes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Problem = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    OwnerOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Offers = table.Column<int>(type: "integer", nullable: false),
                    Budget = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    OfferNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Industry = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ChainLink = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    MinReadiness = table.Column<int>(type: "integer", nullable: false),
                    RequiredCertificates = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ProposalsDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TrialEndsBy = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scenes_scenes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scenes_tech_contracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BuyerOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SellerOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    TechnologyAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RegistrationNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DealId = table.Column<Guid>(type: "uuid", nullable: true),
                    SceneProposalId = table.Column<Guid>(type: "uuid", nullable: true),
                    RelayProjectId = table.Column<Guid>(type: "uuid", nullable: true),
                    AchievementId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scenes_tech_contracts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scenes_deal_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    DealId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scenes_deal_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_scenes_deal_steps_scenes_deals_DealId",
                        column: x => x.DealId,
                        principalTable: "scenes_deals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "scenes_proposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    SceneId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProposerOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Readiness = table.Column<int>(type: "integer", nullable: false),
                    Certificates = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AchievementId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: true),
                    QuotedAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecisionNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    TrialStartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TrialEndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TrialResult = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Adoption = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AdoptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    PurchaseAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scenes_proposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_scenes_proposals_scenes_scenes_SceneId",
                        column: x => x.SceneId,
                        principalTable: "scenes_scenes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "scenes_contract_payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContractId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scenes_contract_payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_scenes_contract_payments_scenes_tech_contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "scenes_tech_contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_scenes_contract_payments_ContractId",
                table: "scenes_contract_payments",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_scenes_deal_steps_DealId",
                table: "scenes_deal_steps",
                column: "DealId");

            migrationBuilder.CreateIndex(
                name: "IX_scenes_deals_ZoneId_Side_DemandId_SupplyKind_SupplyId",
                table: "scenes_deals",
                columns: new[] { "ZoneId", "Side", "DemandId", "SupplyKind", "SupplyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_scenes_deals_ZoneId_Stage_LastStepOn",
                table: "scenes_deals",
                columns: new[] { "ZoneId", "Stage", "LastStepOn" });

            migrationBuilder.CreateIndex(
                name: "IX_scenes_demands_ZoneId_Code",
                table: "scenes_demands",
                columns: new[] { "ZoneId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_scenes_demands_ZoneId_PosterOrganisationId",
                table: "scenes_demands",
                columns: new[] { "ZoneId", "PosterOrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_scenes_demands_ZoneId_Status",
                table: "scenes_demands",
                columns: new[] { "ZoneId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_scenes_experts_ZoneId",
                table: "scenes_experts",
                column: "ZoneId");

            migrationBuilder.CreateIndex(
                name: "IX_scenes_match_notices_ZoneId_DemandKind_DemandId_SupplyKind_~",
                table: "scenes_match_notices",
                columns: new[] { "ZoneId", "DemandKind", "DemandId", "SupplyKind", "SupplyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_scenes_products_ZoneId_OrganisationId",
                table: "scenes_products",
                columns: new[] { "ZoneId", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_scenes_proposals_SceneId_ProposerOrganisationId",
                table: "scenes_proposals",
                columns: new[] { "SceneId", "ProposerOrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_scenes_proposals_ZoneId_ProposerOrganisationId",
                table: "scenes_proposals",
                columns: new[] { "ZoneId", "ProposerOrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_scenes_scenes_ZoneId_Code",
                table: "scenes_scenes",
                columns: new[] { "ZoneId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_scenes_scenes_ZoneId_Status",
                table: "scenes_scenes",
                columns: new[] { "ZoneId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_scenes_tech_contracts_ZoneId_RegisteredOn",
                table: "scenes_tech_contracts",
                columns: new[] { "ZoneId", "RegisteredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_scenes_tech_contracts_ZoneId_RegistrationNumber",
                table: "scenes_tech_contracts",
                columns: new[] { "ZoneId", "RegistrationNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "scenes_contract_payments");

            migrationBuilder.DropTable(
                name: "scenes_deal_steps");

            migrationBuilder.DropTable(
                name: "scenes_demands");

            migrationBuilder.DropTable(
                name: "scenes_experts");

            migrationBuilder.DropTable(
                name: "scenes_match_notices");

            migrationBuilder.DropTable(
                name: "scenes_products");

            migrationBuilder.DropTable(
                name: "scenes_proposals");

            migrationBuilder.DropTable(
                name: "scenes_tech_contracts");

            migrationBuilder.DropTable(
                name: "scenes_deals");

            migrationBuilder.DropTable(
                name: "scenes_scenes");
        }
    }
}
