using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.Composition.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit trail is append-only: the database itself refuses edits and deletions.
            migrationBuilder.Sql("""
                CREATE TRIGGER platform_audit_events_no_update BEFORE UPDATE ON platform_audit_events
                BEGIN SELECT RAISE(ABORT, 'platform_audit_events is append-only'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER platform_audit_events_no_delete BEFORE DELETE ON platform_audit_events
                BEGIN SELECT RAISE(ABORT, 'platform_audit_events is append-only'); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS platform_audit_events_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS platform_audit_events_no_delete;");
        }
    }
}
