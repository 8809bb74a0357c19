using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.Composition.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TechTransferAnalyticsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_tech_transfer_project_events_ZoneId_Kind_FromStage",
                table: "tech_transfer_project_events");

            migrationBuilder.DropIndex(
                name: "IX_tech_transfer_outcome_reports_ZoneId_ReportedOn",
                table: "tech_transfer_outcome_reports");

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_project_events_ZoneId_Kind_FromStage_DaysInFr~",
                table: "tech_transfer_project_events",
                columns: new[] { "ZoneId", "Kind", "FromStage", "DaysInFromStage" });

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_outcome_reports_ZoneId_ProjectId_ReportedOn_A~",
                table: "tech_transfer_outcome_reports",
                columns: new[] { "ZoneId", "ProjectId", "ReportedOn", "AnnualOutput" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_tech_transfer_project_events_ZoneId_Kind_FromStage_DaysInFr~",
                table: "tech_transfer_project_events");

            migrationBuilder.DropIndex(
                name: "IX_tech_transfer_outcome_reports_ZoneId_ProjectId_ReportedOn_A~",
                table: "tech_transfer_outcome_reports");

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_project_events_ZoneId_Kind_FromStage",
                table: "tech_transfer_project_events",
                columns: new[] { "ZoneId", "Kind", "FromStage" });

            migrationBuilder.CreateIndex(
                name: "IX_tech_transfer_outcome_reports_ZoneId_ReportedOn",
                table: "tech_transfer_outcome_reports",
                columns: new[] { "ZoneId", "ReportedOn" });
        }
    }
}
