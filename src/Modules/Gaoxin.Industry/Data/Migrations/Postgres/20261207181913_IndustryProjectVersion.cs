using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.Industry.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IndustryProjectVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "industry_projects",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "industry_projects");
        }
    }
}
