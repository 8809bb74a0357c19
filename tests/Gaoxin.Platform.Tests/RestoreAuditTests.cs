using System.Security.Cryptography;
using Gaoxin.Cli;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Platform.Tests;

/// <summary>Issue #13 item 11: a restore leaves an audit record in the restored database's chain, and re-anchors it.</summary>
public sealed class RestoreAuditTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_restore_is_recorded_in_the_restored_chain_with_the_files_sha256_and_the_chains_verify(Db db)
    {
        TestDatabase.SkipUnlessAvailable(db);
        Assert.SkipWhen(db == Db.Postgres && !OnPath("pg_dump"), "pg_dump/pg_restore not on PATH: PostgreSQL restore test skipped.");
        await using var app = await GaoxinApp.StartAsync(db);
        var config = ChainTamperTests.ConfigFor(app.Database);
        var backup = Path.Combine(Path.GetTempPath(), $"gaoxin-restore-{Guid.NewGuid():N}.bak");
        try
        {
            (await AuditTests.RunCliAsync(config, "backup", backup)).Code.ShouldBe(CliApp.Ok);
            var admin = await app.SignedInAsync("admin@zigong.demo");
            (await admin.PostJsonAsync("/api/v1/organisations", new { name = "备份之后的机构", kind = "Investor" })).EnsureSuccessStatusCode();
            // The anchor now records the longer chain; the restore rolls it back on purpose and must say so.
            (await AuditTests.RunCliAsync(config, "audit", "anchor")).Code.ShouldBe(CliApp.Ok);

            if (db == Db.Postgres)
            {
                Npgsql.NpgsqlConnection.ClearAllPools();
            }

            var restored = await AuditTests.RunCliAsync(config, "restore", backup, "--yes");
            restored.Code.ShouldBe(CliApp.Ok, restored.Error);
            restored.Output.ShouldContain("已在审计链中记录本次恢复");

            var sha = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(backup)));
            var last = await app.InScopeAsync(ctx => ctx.AuditEvents.AsNoTracking().OrderByDescending(e => e.Sequence).FirstAsync());
            last.Action.ShouldBe("restore");
            last.EntityType.ShouldBe("Database");
            last.Actor.ShouldStartWith("cli:");
            last.After!.ShouldContain(sha);
            last.After!.ShouldContain(Path.GetFileName(backup));
            (await app.InScopeAsync(ctx => ctx.Organisations.AnyAsync(o => o.Name == "备份之后的机构"))).ShouldBeFalse();

            var audit = await AuditTests.RunCliAsync(config, "audit", "verify");
            audit.Code.ShouldBe(CliApp.Ok, audit.Error);
            (await AuditTests.RunCliAsync(config, "ledger", "verify")).Code.ShouldBe(CliApp.Ok);
        }
        finally
        {
            File.Delete(backup);
        }
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(dir => File.Exists(Path.Combine(dir, tool)));
}
