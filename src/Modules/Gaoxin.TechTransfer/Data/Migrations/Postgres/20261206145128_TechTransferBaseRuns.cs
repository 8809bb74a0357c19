using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.TechTransfer.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TechTransferBaseRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BaseRunsAccepted",
                table: "tech_transfer_projects",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FirstBaseRunOn",
                table: "tech_transfer_projects",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BaseRunsAccepted",
                table: "tech_transfer_projects");

            migrationBuilder.DropColumn(
                name: "FirstBaseRunOn",
                table: "tech_transfer_projects");
        }
    }
}
