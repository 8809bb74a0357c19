using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.Scenes.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Side = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DemandId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuyerOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplyKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SupplyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SellerOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MatchScore = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    MatchReasons = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastStepOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scenes_deals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scenes_demands",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PosterOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ChainLink = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    BudgetMin = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    BudgetMax = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Anonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    PostedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ModerationNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    MergedIntoId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    DuplicateText = table.Column<string>(type: "TEXT", maxLength: 4200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scenes_demands", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scenes_experts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Affiliation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Expertise = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ConsentToIntroductions = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scenes_experts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scenes_match_notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DemandKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DemandId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplyKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SupplyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scenes_match_notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scenes_products",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ChainLink = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Readiness = table.Column<int>(type: "INTEGER", nullable: false),
                    Certificates = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ListedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Withdrawn = table.Column<bool>(type: "INTEGER", nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scenes_products", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scenes_scenes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OwnerOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Offers = table.Column<int>(type: "INTEGER", nullable: false),
                    Budget = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    OfferNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ChainLink = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    MinReadiness = table.Column<int>(type: "INTEGER", nullable: false),
                    RequiredCertificates = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProposalsDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TrialEndsBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scenes_scenes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scenes_tech_contracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BuyerOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SellerOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    TechnologyAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RegistrationNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DealId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SceneProposalId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RelayProjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AchievementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scenes_tech_contracts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "scenes_deal_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SceneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposerOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Readiness = table.Column<int>(type: "INTEGER", nullable: false),
                    Certificates = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AchievementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: true),
                    QuotedAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TrialStartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TrialEndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TrialResult = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Adoption = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AdoptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PurchaseAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ZoneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
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
                name: "IX_scenes_match_notices_ZoneId_DemandKind_DemandId_SupplyKind_SupplyId",
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
