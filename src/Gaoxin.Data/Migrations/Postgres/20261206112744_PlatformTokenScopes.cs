using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlatformTokenScopes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Scopes",
                table: "platform_access_tokens",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            // Tokens made before scopes keep what they could do (everything the user may); new ones name their scopes.
            migrationBuilder.Sql("UPDATE platform_access_tokens SET \"Scopes\" = '*';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Scopes",
                table: "platform_access_tokens");
        }
    }
}
