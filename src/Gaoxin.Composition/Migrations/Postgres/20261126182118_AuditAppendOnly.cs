using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gaoxin.Composition.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit trail is append-only: the database itself refuses edits, deletions and truncation.
            migrationBuilder.Sql("""
                CREATE FUNCTION platform_audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'platform_audit_events is append-only';
                END
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER platform_audit_events_no_change BEFORE UPDATE OR DELETE ON platform_audit_events
                FOR EACH ROW EXECUTE FUNCTION platform_audit_events_append_only();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER platform_audit_events_no_truncate BEFORE TRUNCATE ON platform_audit_events
                FOR EACH STATEMENT EXECUTE FUNCTION platform_audit_events_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS platform_audit_events_no_truncate ON platform_audit_events;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS platform_audit_events_no_change ON platform_audit_events;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS platform_audit_events_append_only();");
        }
    }
}
