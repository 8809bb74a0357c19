using Gaoxin.Cli;
using Gaoxin.Data;
using Gaoxin.Data.Audit;
using Gaoxin.Funding.Ledger;
using Gaoxin.Kernel.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Platform.Tests;

/// <summary>
/// Issue #13 item 6: the audit trail and the fund ledger are keyed (HMAC-SHA256 under a key outside the database) and
/// anchored (heads written to a file outside the database), so verify catches a cut tail and a rewritten last row.
/// The tamperer here has the database owner's rights (triggers off); they do not have the key or the anchor file.
/// </summary>
public sealed class ChainTamperTests
{
    internal static IConfiguration ConfigFor(TestDatabase db, string? anchorFile = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Database:Provider"] = db.Kind.ToString(),
            ["ConnectionStrings:Gaoxin"] = db.ConnectionString,
        };
        if (anchorFile is not null)
        {
            values["Gaoxin:AnchorFile"] = anchorFile;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    /// <summary>Turns the append-only triggers off, as the tables' owner can.</summary>
    internal static async Task DisableTriggersAsync(GaoxinApp app) => await app.InScopeAsync(async ctx =>
    {
        foreach (var sql in ctx.IsPostgres
            ? new[] { "ALTER TABLE platform_audit_events DISABLE TRIGGER USER", "ALTER TABLE funding_ledger_entries DISABLE TRIGGER USER" }
            : ["DROP TRIGGER platform_audit_events_no_update", "DROP TRIGGER platform_audit_events_no_delete",
               "DROP TRIGGER funding_ledger_entries_no_update", "DROP TRIGGER funding_ledger_entries_no_delete"])
        {
            await ctx.Database.ExecuteSqlRawAsync(sql);
        }

        return 0;
    });

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Deleting_the_last_ten_audit_rows_and_ledger_rows_fails_both_verifies_against_the_anchor(Db db)
    {
        await using var app = await GaoxinApp.StartAsync(db);
        var config = ConfigFor(app.Database);
        var anchored = await AuditTests.RunCliAsync(config, "audit", "anchor");
        anchored.Code.ShouldBe(CliApp.Ok, anchored.Error);
        anchored.Output.ShouldContain("audit：已锚定");
        anchored.Output.ShouldContain("ledger：已锚定");
        (await AuditTests.RunCliAsync(config, "audit", "verify")).Code.ShouldBe(CliApp.Ok);
        (await AuditTests.RunCliAsync(config, "ledger", "verify")).Code.ShouldBe(CliApp.Ok);

        var auditHead = await app.InScopeAsync(ctx => ctx.AuditEvents.MaxAsync(e => e.Sequence));
        var ledgerHead = await app.InScopeAsync(ctx => ctx.Set<LedgerEntry>().MaxAsync(e => e.Sequence));
        ledgerHead.ShouldBeGreaterThan(10, "the demo fund has a ledger to cut");
        await DisableTriggersAsync(app);
        await app.InScopeAsync(async ctx =>
        {
            await ctx.Database.ExecuteSqlAsync($"DELETE FROM platform_audit_events WHERE \"Sequence\" > {auditHead - 10}");
            await ctx.Database.ExecuteSqlAsync($"DELETE FROM funding_ledger_entries WHERE \"Sequence\" > {ledgerHead - 10}");
            return 0;
        });

        var audit = await AuditTests.RunCliAsync(config, "audit", "verify");
        audit.Code.ShouldBe(CliApp.ChainBroken);
        audit.Error.ShouldContain($"Sequence = {auditHead - 9}");
        audit.Error.ShouldContain($"第 {auditHead - 9} 至 {auditHead} 条事件已被删除（链尾被截断）");
        var ledger = await AuditTests.RunCliAsync(config, "ledger", "verify");
        ledger.Code.ShouldBe(CliApp.ChainBroken);
        ledger.Error.ShouldContain($"第 {ledgerHead - 9} 至 {ledgerHead} 条分录已被删除（链尾被截断）");

        // The API walks the same way.
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var api = await (await admin.GetAsync("/api/v1/admin/audit/verify")).ReadJsonAsync();
        api.GetProperty("intact").GetBoolean().ShouldBeFalse();
        api.GetProperty("brokenAtSequence").GetInt64().ShouldBe(auditHead - 9);

        // Nor will the schedule bless the cut chain with a new anchor.
        var again = await AuditTests.RunCliAsync(config, "audit", "anchor");
        again.Code.ShouldBe(CliApp.ChainBroken);
        again.Error.ShouldContain("链不再包含上次锚点");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rewriting_the_last_audit_row_with_a_recomputed_plain_sha256_fails_verify(Db db)
    {
        await using var app = await GaoxinApp.StartAsync(db);
        var config = ConfigFor(app.Database);
        var last = await app.InScopeAsync(ctx => ctx.AuditEvents.AsNoTracking().OrderByDescending(e => e.Sequence).FirstAsync());
        var forged = Record(last) with { Actor = "mallory" };
        await DisableTriggersAsync(app);
        await Rewrite(app, last.Sequence, forged.Actor, AuditHash.Compute(forged));

        var (code, _, error) = await AuditTests.RunCliAsync(config, "audit", "verify");
        code.ShouldBe(CliApp.ChainBroken, "no anchor was written: the key alone catches it");
        error.ShouldContain($"Sequence = {last.Sequence}");
        error.ShouldContain("未用链密钥计算");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_rewrite_with_a_recomputed_keyed_hash_passes_the_chain_but_not_the_anchor(Db db)
    {
        await using var app = await GaoxinApp.StartAsync(db);
        var config = ConfigFor(app.Database);
        (await AuditTests.RunCliAsync(config, "audit", "anchor")).Code.ShouldBe(CliApp.Ok);
        var last = await app.InScopeAsync(ctx => ctx.AuditEvents.AsNoTracking().OrderByDescending(e => e.Sequence).FirstAsync());
        var forged = Record(last) with { Actor = "mallory" };
        var key = app.Services.GetRequiredService<ChainCustody>().Key;
        await DisableTriggersAsync(app);
        await Rewrite(app, last.Sequence, forged.Actor, AuditHash.Compute(forged, key));

        // Someone holding the key could re-hash the link, so without the anchor the chain is whole ...
        var noAnchor = await AuditTests.RunCliAsync(ConfigFor(app.Database, Path.Combine(Path.GetTempPath(), $"no-anchor-{Guid.NewGuid():N}.jsonl")), "audit", "verify");
        noAnchor.Code.ShouldBe(CliApp.Ok, noAnchor.Error);
        // ... but not what the anchor recorded.
        var (code, _, error) = await AuditTests.RunCliAsync(config, "audit", "verify");
        code.ShouldBe(CliApp.ChainBroken);
        error.ShouldContain($"Sequence = {last.Sequence}");
        error.ShouldContain("锚点记录的不同（事件被改写）");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Honest_data_verifies_before_and_after_anchors_and_new_writes(Db db)
    {
        await using var app = await GaoxinApp.StartAsync(db);
        var config = ConfigFor(app.Database);
        (await AuditTests.RunCliAsync(config, "audit", "anchor")).Code.ShouldBe(CliApp.Ok);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        (await admin.PostJsonAsync("/api/v1/organisations", new { name = "锚定之后的机构", kind = "Investor" })).EnsureSuccessStatusCode();

        (await AuditTests.RunCliAsync(config, "audit", "verify")).Code.ShouldBe(CliApp.Ok);
        (await AuditTests.RunCliAsync(config, "ledger", "verify")).Code.ShouldBe(CliApp.Ok);
        var second = await AuditTests.RunCliAsync(config, "audit", "anchor");
        second.Code.ShouldBe(CliApp.Ok, second.Error);
        second.Output.ShouldContain("ledger：自上次锚定以来没有新记录");
        (await AuditTests.RunCliAsync(config, "audit", "verify")).Code.ShouldBe(CliApp.Ok);

        // Every link the app wrote is keyed: none of them is the plain SHA-256 of its content.
        var events = await app.InScopeAsync(ctx => ctx.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).Take(50).ToListAsync());
        events.ShouldAllBe(e => AuditHash.Compute(Record(e)) != e.Hash);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_edited_anchor_line_makes_verify_fail(Db db)
    {
        await using var app = await GaoxinApp.StartAsync(db);
        var config = ConfigFor(app.Database);
        (await AuditTests.RunCliAsync(config, "audit", "anchor")).Code.ShouldBe(CliApp.Ok);
        var file = app.Services.GetRequiredService<ChainCustody>().Anchors!.Path;
        var text = await File.ReadAllTextAsync(file);
        var head = await app.InScopeAsync(ctx => ctx.AuditEvents.MaxAsync(e => e.Sequence));
        await File.WriteAllTextAsync(file, text.Replace($"\"sequence\":{head},", $"\"sequence\":{head - 10},", StringComparison.Ordinal));

        var (code, _, error) = await AuditTests.RunCliAsync(config, "audit", "verify");
        code.ShouldBe(CliApp.ChainBroken);
        error.ShouldContain("校验码不符");
    }

    private static AuditRecord Record(AuditEvent e) =>
        new(e.Sequence, e.ZoneId, e.Actor, e.Action, e.EntityType, e.EntityId, e.Before, e.After, e.OccurredAt, e.PreviousHash);

    private static Task<int> Rewrite(GaoxinApp app, long sequence, string actor, string hash) => app.InScopeAsync(ctx =>
        ctx.Database.ExecuteSqlAsync($"UPDATE platform_audit_events SET \"Actor\" = {actor}, \"Hash\" = {hash} WHERE \"Sequence\" = {sequence}"));
}
