using System.Data.Common;
using System.Net;
using Gaoxin.Cli;
using Gaoxin.Funding.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Gaoxin.Funding.Tests;

/// <summary>The ledger is append-only in the database, and an edit made past the triggers is named by `gaoxin ledger verify` and the API.</summary>
public sealed class LedgerTamperTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_direct_sql_edit_of_an_entry_is_named_by_verify(Db db)
    {
        await using var app = await FundingApp.StartAsync(db);
        var fund = await Fund.ForAsync(app);
        var year = await fund.FreshYearAsync();
        var award = (await fund.AwardAsync(await fund.ProjectAsync(), year, 1_000_000m)).GetProperty("id").GetString()!;
        await fund.PayAsync(award, 1, 400_000m);
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = db.ToString(),
            ["ConnectionStrings:Gaoxin"] = app.App.Database.ConnectionString,
        }).Build();

        var (code, output, _) = await RunCliAsync(config, "ledger", "verify");
        code.ShouldBe(CliApp.Ok, output);
        output.ShouldContain("资金台账哈希链完整");

        var victim = await app.App.InScopeAsync(ctx => ctx.Set<LedgerEntry>().Where(e => e.FundYear == year && e.Kind == EntryKind.AwardCommitted).Select(e => e.Sequence).SingleAsync());
        // The database refuses an edit outright...
        await app.App.InScopeAsync(async ctx =>
        {
            // ...by the append-only trigger, not by chance (a syntax error, a missing table).
            (await Should.ThrowAsync<DbException>(() => ctx.Database.ExecuteSqlAsync($"UPDATE funding_ledger_entries SET \"Amount\" = 1 WHERE \"Sequence\" = {victim}")))
                .Message.ShouldContain("funding_ledger_entries is append-only");
            (await Should.ThrowAsync<DbException>(() => ctx.Database.ExecuteSqlAsync($"DELETE FROM funding_ledger_entries WHERE \"Sequence\" = {victim}")))
                .Message.ShouldContain("funding_ledger_entries is append-only");
            return 0;
        });

        // ...and a tamperer with DDL rights who gets past the trigger is still caught by the hashes.
        await app.App.InScopeAsync(async ctx =>
        {
            await ctx.Database.ExecuteSqlRawAsync(db == Db.Postgres
                ? "ALTER TABLE funding_ledger_entries DISABLE TRIGGER funding_ledger_entries_no_change"
                : "DROP TRIGGER funding_ledger_entries_no_update");
            await ctx.Database.ExecuteSqlAsync($"UPDATE funding_ledger_entries SET \"Amount\" = 100000 WHERE \"Sequence\" = {victim}");
            return 0;
        });

        var (broken, _, error) = await RunCliAsync(config, "ledger", "verify");
        broken.ShouldBe(CliApp.ChainBroken);
        error.Trim().ShouldBe($"资金台账哈希链断裂：第 {victim} 条分录（funding_ledger_entries.Sequence = {victim}）：分录内容与其哈希不符（内容被修改）。");

        var api = await (await fund.Admin.GetAsync("/api/v1/funding/ledger/verify")).ReadJsonAsync();
        api.GetProperty("intact").GetBoolean().ShouldBeFalse();
        api.GetProperty("brokenAtSequence").GetInt64().ShouldBe(victim);
        api.GetProperty("reason").GetString().ShouldBe("分录内容与其哈希不符（内容被修改）。");
        (await fund.Enterprise.GetAsync("/api/v1/funding/ledger/verify")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<(int Code, string Output, string Error)> RunCliAsync(IConfiguration config, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, config, output, error, Path.GetTempPath());
        return (code, output.ToString(), error.ToString());
    }
}
