using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.Enterprises.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EnterprisesHonours : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "enterprises_honours",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ZoneId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AwardedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enterprises_honours", x => x.Id);
                    table.ForeignKey(
                        name: "FK_enterprises_honours_enterprises_enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "enterprises_enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_enterprises_honours_EnterpriseId",
                table: "enterprises_honours",
                column: "EnterpriseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "enterprises_honours");
        }
    }
}
