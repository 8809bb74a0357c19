using System.Net;
using Gaoxin.Cli;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Gaoxin.Platform.Tests;

/// <summary>
/// Issue #13 item 6: on PostgreSQL the app runs as a role that owns nothing. Migrations run as the owner
/// (ConnectionStrings:GaoxinMigrations), which grants the runtime role SELECT/INSERT on the audit trail and the fund ledger
/// and normal DML elsewhere; the runtime role cannot change or delete their rows, nor turn their triggers off.
/// </summary>
public sealed class PostgresRoleTests
{
    [Fact]
    public async Task The_runtime_role_cannot_change_audit_or_ledger_rows_nor_disable_their_triggers_and_the_app_works_as_it()
    {
        TestDatabase.SkipUnlessAvailable(Db.Postgres);
        var web = CrashTests.WebAssembly();
        Assert.SkipWhen(web is null, "Gaoxin.Web.dll is not built next to the tests: runtime role test skipped.");
        await using (var admin = new NpgsqlConnection(TestDatabase.PostgresServer))
        {
            await admin.OpenAsync();
            await using var can = new NpgsqlCommand("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user", admin);
            Assert.SkipUnless(await can.ExecuteScalarAsync() is true,
                "the test role cannot create roles (grant it: ALTER ROLE gaoxin_ci CREATEROLE, as .ci/run does): runtime role test skipped.");
        }

        // Roles are cluster-wide: a unique name, dropped at the end.
        var role = "gaoxin_rt_" + Guid.NewGuid().ToString("N")[..12];
        var password = "rt-" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(TestDatabase.PostgresServer!, $"CREATE ROLE {role} LOGIN PASSWORD '{password}'");
        try
        {
            await using var database = await TestDatabase.CreateAsync(Db.Postgres);
            var runtime = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Username = role, Password = password }.ToString();
            var port = CrashTests.FreePort();
            using var app = CrashTests.StartApp(web!, database, port, new Dictionary<string, string>
            {
                ["ConnectionStrings__Gaoxin"] = runtime,
                ["ConnectionStrings__GaoxinMigrations"] = database.ConnectionString,
            });
            try
            {
                await CrashTests.WaitHealthyAsync(app, port);
                using var http = CrashTests.Client(port);
                (await GaoxinApp.SubmitLoginAsync(http, "admin@zigong.demo", Gaoxin.Data.Seeding.DemoData.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
                (await http.PostJsonAsync("/api/v1/organisations", new { name = "运行角色写入的机构", kind = "Investor" })).StatusCode.ShouldBe(HttpStatusCode.Created);
                (await http.PutJsonAsync("/api/v1/funding/years/2041/budget", new { amount = 12_000_000m, note = "运行角色" })).StatusCode.ShouldBe(HttpStatusCode.OK);
            }
            finally
            {
                app.Kill(entireProcessTree: true);
                await app.WaitForExitAsync();
            }

            (await ScalarAsync(database.ConnectionString, "SELECT tableowner FROM pg_tables WHERE tablename = 'platform_audit_events'")).ShouldNotBe(role);
            foreach (var table in new[] { "platform_audit_events", "funding_ledger_entries" })
            {
                foreach (var sql in new[]
                {
                    $"UPDATE {table} SET \"Actor\" = 'mallory' WHERE \"Sequence\" = 1",
                    $"DELETE FROM {table} WHERE \"Sequence\" = 1",
                    $"TRUNCATE {table}",
                    $"ALTER TABLE {table} DISABLE TRIGGER USER",
                })
                {
                    var refused = await Should.ThrowAsync<PostgresException>(() => ExecuteAsync(runtime, sql));
                    refused.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege, sql);
                }
            }

            var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:Gaoxin"] = runtime,
            }).Build();
            var audit = await AuditTests.RunCliAsync(config, "audit", "verify");
            audit.Code.ShouldBe(CliApp.Ok, audit.Error);
            (await AuditTests.RunCliAsync(config, "ledger", "verify")).Code.ShouldBe(CliApp.Ok);
            NpgsqlConnection.ClearAllPools();
        }
        finally
        {
            await ExecuteAsync(TestDatabase.PostgresServer!, $"DROP ROLE IF EXISTS {role}");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
