using System.Net;
using System.Security.Claims;
using Gaoxin.Data;
using Gaoxin.Data.Audit;
using Gaoxin.Data.Http;
using Gaoxin.Data.Identity;
using Gaoxin.Funding.Awards;
using Gaoxin.Funding.Decisions;
using Gaoxin.Funding.Ledger;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Rules;
using Gaoxin.Composition;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Funding.Tests;

/// <summary>
/// The fund's group commit (FundWriter): changes queued while the fund's lock is held elsewhere run together in one
/// transaction, and each keeps its own rules, its own refusal and its own name in the audit trail and the ledger.
/// </summary>
public sealed class GroupCommitTests(FundingApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Changes_committed_together_are_each_audited_under_their_own_names(Db db)
    {
        var app = await apps.GetAsync(db);
        var fund = await Fund.ForAsync(app);
        var year = await fund.FreshYearAsync();
        var ids = new List<Guid>();
        foreach (var _ in Enumerable.Range(0, 3))
        {
            ids.Add(Guid.Parse(await fund.RecommendedAsync(await fund.ProjectAsync(), year, 100_000m)));
        }

        string[] names = ["甲审批人", "乙审批人", "丙审批人"];
        var results = await WhileTheFundIsLockedAsync(app, async started =>
        {
            // The first is taken alone and waits for the lock; the other two queue behind it and go together.
            var first = ApproveAsActorAsync(app, names[0], ids[0]);
            await started(first);
            var rest = new[] { ApproveAsActorAsync(app, names[1], ids[1]), ApproveAsActorAsync(app, names[2], ids[2]) };
            await UntilQueuedAsync(app, 2);
            return [first, .. rest];
        });

        results.ShouldAllBe(r => r.Exception == null);
        var events = await app.App.InScopeAsync(ctx => ctx.AuditEvents.AsNoTracking()
            .Where(e => e.EntityType == nameof(FundApplication) && ids.Select(i => i.ToString()).Contains(e.EntityId) && e.Action == "update")
            .Select(e => new { e.Sequence, e.EntityId, e.Actor, e.OccurredAt }).ToListAsync());
        // The approval is each application's last update (the operator's recommendation came before).
        var approvals = ids.Select(id => events.Where(e => e.EntityId == id.ToString()).MaxBy(e => e.Sequence)!).ToList();
        for (var i = 0; i < 3; i++)
        {
            approvals[i].Actor.ShouldStartWith(names[i]);
        }

        // The two that queued were saved in one save (one timestamp), after the first.
        approvals[2].OccurredAt.ShouldBe(approvals[1].OccurredAt);
        approvals[0].OccurredAt.ShouldBeLessThan(approvals[1].OccurredAt);

        var awards = results.Select(r => r.Approval!.Award.Id).ToList();
        var entries = await app.App.InScopeAsync(ctx => ctx.Set<LedgerEntry>().AsNoTracking().Where(e => e.AwardId != null && awards.Contains(e.AwardId.Value)).ToListAsync());
        for (var i = 0; i < 3; i++)
        {
            entries.Single(e => e.AwardId == awards[i]).Actor.ShouldStartWith(names[i]);
        }

        (await app.App.InScopeAsync(ctx => LedgerVerification.VerifyAsync(ctx, CancellationToken.None))).Intact.ShouldBeTrue();
        (await app.App.InScopeAsync(ctx => AuditVerification.VerifyAsync(ctx, CancellationToken.None))).Intact.ShouldBeTrue();
    }

    /// <summary>
    /// On PostgreSQL a batch asks for the fund's lock, then the audit chain's lock and head, in one round trip. An audited
    /// save elsewhere that commits while the batch waits for the fund's lock must be in the head the batch then reads.
    /// </summary>
    [Fact]
    public async Task A_save_elsewhere_while_a_batch_waits_for_the_fund_lock_stays_in_the_audit_chain()
    {
        var app = await apps.GetAsync(Db.Postgres);
        var fund = await Fund.ForAsync(app);
        var year = await fund.FreshYearAsync();
        var id = Guid.Parse(await fund.RecommendedAsync(await fund.ProjectAsync(), year, 100_000m));

        // Only the fund's lock, held on a connection of the test's own.
        var connectionString = await app.App.InScopeAsync(ctx => Task.FromResult(ctx.Database.GetConnectionString()!));
        await using var holder = new Npgsql.NpgsqlConnection(connectionString);
        await holder.OpenAsync();
        await using var hold = await holder.BeginTransactionAsync();
        await using (var take = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_xact_lock({FundLedger.PostgresLockKey})", holder, hold))
        {
            await take.ExecuteNonQueryAsync();
        }

        var approval = ApproveAsActorAsync(app, "丁审批人", id);
        // The batch's request for the fund's lock is in the database, waiting behind the test's hold.
        await UntilAsync(async () =>
        {
            await using var waiting = new Npgsql.NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted", holder, hold);
            return (long)(await waiting.ExecuteScalarAsync())! > 0;
        });
        approval.IsCompleted.ShouldBeFalse("the approval should be waiting for the fund's lock");
        var elsewhere = new Gaoxin.Data.Platform.Organisation { ZoneId = new ZoneId(app.ZoneId), Name = "审计链并发测试单位 " + Guid.NewGuid().ToString("N")[..6], Kind = OrganisationKind.Enterprise };
        await app.App.InScopeAsync(ctx =>
        {
            ctx.Organisations.Add(elsewhere);
            return ctx.SaveChangesAsync();
        });
        await hold.CommitAsync();

        var outcome = await approval;
        outcome.Exception.ShouldBeNull();
        var sequences = await app.App.InScopeAsync(ctx => ctx.AuditEvents.AsNoTracking()
            .Where(e => e.EntityId == elsewhere.Id.ToString() || e.EntityId == id.ToString() || e.EntityId == outcome.Approval!.Award.Id.ToString())
            .Select(e => new { e.EntityId, e.Sequence }).ToListAsync());
        var saved = sequences.Single(e => e.EntityId == elsewhere.Id.ToString()).Sequence;
        sequences.Where(e => e.EntityId != elsewhere.Id.ToString()).Max(e => e.Sequence).ShouldBeGreaterThan(saved);
        (await app.App.InScopeAsync(ctx => AuditVerification.VerifyAsync(ctx, CancellationToken.None))).Intact.ShouldBeTrue();
    }

    [Fact]
    public async Task Records_read_in_the_locks_round_trip_equal_what_ef_reads()
    {
        var app = await apps.GetAsync(Db.Postgres);
        var fund = await Fund.ForAsync(app);
        var year = await fund.FreshYearAsync();
        var award = await fund.AwardAsync(await fund.ProjectAsync(), year, 300_000m, instrument: "InvestThenEquity");
        var awardId = Guid.Parse(award.GetProperty("id").GetString()!);
        var first = award.GetProperty("tranches")[0];
        (await fund.PayAsync(awardId.ToString(), 1, first.GetProperty("amount").GetDecimal() - 0.01m)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await fund.PayAsync(awardId.ToString(), 1, 0.01m, succeeded: false)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var applicationIds = new[] { Guid.Parse(await fund.RecommendedAsync(await fund.ProjectAsync(), year, 50_000m)), Guid.Parse(award.GetProperty("applicationId").GetString()!) };

        await using var scope = app.App.Services.CreateAsyncScope();
        var ctx = scope.ServiceProvider.GetRequiredService<GaoxinDbContext>();
        var ef = (
            Applications: await ctx.Set<FundApplication>().AsNoTracking().Where(a => applicationIds.Contains(a.Id)).OrderBy(a => a.Id).ToListAsync(),
            Award: await ctx.Set<Award>().AsNoTracking().Include(a => a.Tranches).SingleAsync(a => a.Id == awardId),
            Payments: await ctx.Set<Payment>().AsNoTracking().Where(p => p.AwardId == awardId).OrderBy(p => p.Id).ToListAsync());

        List<FundApplication> applications = [];
        List<Award> awards = [];
        List<Tranche> tranches = [];
        List<Payment> payments = [];
        await using (var tx = await ctx.Database.BeginTransactionAsync())
        {
            var head = await AdvisoryLock.LockWithAuditThenReadAsync(ctx, 42, "SELECT 7", r => r.GetInt32(0),
            [
                new LockedRead(EntityRows<FundApplication>.For(ctx).Select + """ WHERE t."Id" = ANY(@apps) ORDER BY t."Id" """, [("apps", applicationIds)],
                    async (r, c) => applications = await EntityRows<FundApplication>.For(ctx).ReadAsync(r, c)),
                new LockedRead(EntityRows<Award>.For(ctx).Select + """ WHERE t."Id" = @award""", [("award", awardId)], async (r, c) => awards = await EntityRows<Award>.For(ctx).ReadAsync(r, c)),
                new LockedRead(EntityRows<Tranche>.For(ctx).Select + """ WHERE t."AwardId" = @award""", [], async (r, c) => tranches = await EntityRows<Tranche>.For(ctx).ReadAsync(r, c)),
                new LockedRead(EntityRows<Payment>.For(ctx).Select + """ WHERE t."AwardId" = @award ORDER BY t."Id" """, [], async (r, c) => payments = await EntityRows<Payment>.For(ctx).ReadAsync(r, c)),
            ], CancellationToken.None);
            head.ShouldBe([7], "the lock's own query still answers first");
        }

        void Same<T>(T expected, T actual)
        {
            foreach (var p in ctx.Model.FindEntityType(typeof(T))!.GetProperties())
            {
                p.PropertyInfo!.GetValue(actual).ShouldBe(p.PropertyInfo.GetValue(expected), $"{typeof(T).Name}.{p.Name}");
            }
        }

        applications.Count.ShouldBe(2);
        ef.Applications.Zip(applications).ToList().ForEach(x => Same(x.First, x.Second));
        Same(ef.Award, awards.Single());
        tranches.Count.ShouldBe(ef.Award.Tranches.Count);
        ef.Award.Tranches.OrderBy(t => t.Id).Zip(tranches.OrderBy(t => t.Id)).ToList().ForEach(x => Same(x.First, x.Second));
        payments.Count.ShouldBe(2);
        payments.ShouldContain(p => p.Status == PaymentStatus.Failed && p.FailureReason != null, "nullable and converted columns come back too");
        ef.Payments.Zip(payments).ToList().ForEach(x => Same(x.First, x.Second));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_change_refused_inside_a_batch_fails_alone_and_sees_the_changes_before_it(Db db)
    {
        var app = await apps.GetAsync(db);
        var fund = await Fund.ForAsync(app);
        var year = await fund.FreshYearAsync(1_000_000m);
        var fits = Guid.Parse(await fund.RecommendedAsync(await fund.ProjectAsync(), year, 700_000m));
        // Fits the budget alone, but not after the first: it is checked against the batch's running balance.
        var over = Guid.Parse(await fund.RecommendedAsync(await fund.ProjectAsync(), year, 400_000m));
        var after = Guid.Parse(await fund.RecommendedAsync(await fund.ProjectAsync(), year, 300_000m));

        var results = await WhileTheFundIsLockedAsync(app, async started =>
        {
            var blocker = ApproveAsActorAsync(app, "甲审批人", fits);
            await started(blocker);
            var queued = new[] { ApproveAsActorAsync(app, "乙审批人", over), ApproveAsActorAsync(app, "丙审批人", after) };
            await UntilQueuedAsync(app, 2);
            return [blocker, .. queued];
        });

        results[0].Exception.ShouldBeNull();
        results[1].Exception.ShouldBeOfType<Refusal>().Rule.ShouldBe("WithinYearBudgetRule");
        results[2].Exception.ShouldBeNull();
        var position = await fund.PositionAsync(year);
        position.GetProperty("committed").GetDecimal().ShouldBe(1_000_000m);
        position.GetProperty("available").GetDecimal().ShouldBe(0m);
        var refused = await (await fund.Admin.GetAsync($"/api/v1/funding/applications/{over}")).ReadJsonAsync();
        refused.GetProperty("status").GetString().ShouldBe("Recommended");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_approval_answers_what_the_award_page_then_reads(Db db)
    {
        var app = await apps.GetAsync(db);
        var fund = await Fund.ForAsync(app);
        var year = await fund.FreshYearAsync();
        foreach (var instrument in new[] { "Grant", "InvestThenEquity" })
        {
            var r = await fund.ApproveAsync(await fund.RecommendedAsync(await fund.ProjectAsync(), year, 600_000m, instrument: instrument));
            r.StatusCode.ShouldBe(HttpStatusCode.Created);
            var answered = await r.ReadJsonAsync();
            var read = await fund.GetAwardAsync(answered.GetProperty("id").GetString()!);
            Same(answered, read, "$");
            (answered.GetProperty("instrumentId").ValueKind == System.Text.Json.JsonValueKind.Null).ShouldBe(instrument == "Grant");
        }
    }

    /// <summary>Equal JSON, numbers compared by value (a provider may give 600000.00 where the award held 600000).</summary>
    private static void Same(System.Text.Json.JsonElement a, System.Text.Json.JsonElement b, string path)
    {
        a.ValueKind.ShouldBe(b.ValueKind, path);
        switch (a.ValueKind)
        {
            case System.Text.Json.JsonValueKind.Object:
                a.EnumerateObject().Select(p => p.Name).ShouldBe(b.EnumerateObject().Select(p => p.Name), path);
                foreach (var p in a.EnumerateObject())
                {
                    Same(p.Value, b.GetProperty(p.Name), path + "." + p.Name);
                }

                break;
            case System.Text.Json.JsonValueKind.Array:
                a.GetArrayLength().ShouldBe(b.GetArrayLength(), path);
                for (var i = 0; i < a.GetArrayLength(); i++)
                {
                    Same(a[i], b[i], $"{path}[{i}]");
                }

                break;
            case System.Text.Json.JsonValueKind.Number:
                a.GetDecimal().ShouldBe(b.GetDecimal(), path);
                break;
            default:
                a.GetRawText().ShouldBe(b.GetRawText(), path);
                break;
        }
    }

    private sealed record Outcome(Approval? Approval, Exception? Exception);

    /// <summary>
    /// Holds the fund's lock in a transaction of the test's own (as another process would) while <paramref name="queue"/>
    /// starts changes; the first change's batch blocks on the lock, so those started after it queue up. Then lets go.
    /// </summary>
    private static async Task<Outcome[]> WhileTheFundIsLockedAsync(FundingApp app, Func<Func<Task<Outcome>, Task>, Task<Task<Outcome>[]>> queue)
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var locked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var scope = app.App.Services.CreateAsyncScope();
        var holder = scope.ServiceProvider.GetRequiredService<FundLedger>();
        var holding = holder.InTransactionAsync(async () =>
        {
            await holder.LockAsync(CancellationToken.None);
            locked.SetResult();
            await release.Task;
            return 0;
        }, CancellationToken.None);
        await locked.Task;

        var writer = app.App.Services.GetRequiredService<FundWriter>();
        var started = await queue(async first =>
        {
            // The writer's one loop has taken the first change into a batch, which waits for the lock the test holds.
            await UntilAsync(() => Task.FromResult(writer.InFlight >= 1 && writer.Queued == 0));
            first.IsCompleted.ShouldBeFalse("the first change should be waiting for the lock");
        });
        release.SetResult();
        await holding;
        return await Task.WhenAll(started);
    }

    /// <summary>Until <paramref name="count"/> changes wait in the writer's queue behind the batch in flight.</summary>
    private static Task UntilQueuedAsync(FundingApp app, int count)
    {
        var writer = app.App.Services.GetRequiredService<FundWriter>();
        return UntilAsync(() => Task.FromResult(writer.Queued >= count));
    }

    /// <summary>Polls a condition the test can observe (no guessing how long a step takes); fails after 30 s.</summary>
    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the awaited state was never reached");
            await Task.Delay(5);
        }
    }

    private static async Task<Outcome> ApproveAsActorAsync(FundingApp app, string name, Guid applicationId)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        var user = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
            new Claim(ClaimTypes.Name, name),
            new Claim(ClaimTypes.Role, Roles.ZoneAdmin),
            new Claim(GaoxinClaims.Zone, app.ZoneId.ToString()),
        ], "test"));
        scope.ServiceProvider.GetRequiredService<CurrentPrincipal>().User = user;
        try
        {
            return new Outcome(await scope.ServiceProvider.GetRequiredService<FundDecisions>().ApproveAsync(user.ToActor(), applicationId, new DecisionInput("同意"), CancellationToken.None), null);
        }
        catch (Exception e) when (e is Refusal or InvalidOperationException)
        {
            return new Outcome(null, e);
        }
    }
}

/// <summary>The running sums a node keeps for decisions follow what others commit: another node, the command line, an un-batched change.</summary>
public sealed class RunningSumsTests(FundingApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_budget_cut_by_another_node_is_counted_by_the_next_approval(Db db)
    {
        var app = await apps.GetAsync(db);
        var fund = await Fund.ForAsync(app);
        var year = await fund.FreshYearAsync(1_000_000m);
        (await fund.AwardAsync(await fund.ProjectAsync(), year, 400_000m)).GetProperty("amount").GetDecimal().ShouldBe(400_000m);
        // Recommended while they still fit; approved after the cut.
        var tooMuch = await fund.RecommendedAsync(await fund.ProjectAsync(), year, 200_000m);
        var fits = await fund.RecommendedAsync(await fund.ProjectAsync(), year, 100_000m);

        // Another node (its own services and running sums, the same database) cuts the year's budget by 500,000.
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddGaoxinData(app.App.Services.GetRequiredService<Gaoxin.Composition.DatabaseSettings>(), new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddSingleton<IAuditActor>(new SystemAuditActor("其他节点"));
        await using (var other = services.BuildServiceProvider())
        await using (var scope = other.CreateAsyncScope())
        {
            var ledger = scope.ServiceProvider.GetRequiredService<FundLedger>();
            await ledger.InTransactionAsync(() => ledger.AppendAsync(new ZoneId(app.ZoneId), year, EntryKind.BudgetSet, -500_000m, "预算调减（其他节点）", CancellationToken.None), CancellationToken.None);
        }

        // 100,000 is left: this node's next decision must know it.
        var refused = await fund.ApproveAsync(tooMuch);
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await refused.ReadJsonAsync()).GetProperty("rule").GetString().ShouldBe("WithinYearBudgetRule");
        (await fund.ApproveAsync(fits)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await fund.PositionAsync(year)).GetProperty("available").GetDecimal().ShouldBe(0m);
        (await app.App.InScopeAsync(ctx => LedgerVerification.VerifyAsync(ctx, CancellationToken.None))).Intact.ShouldBeTrue();
    }
    /// <summary>
    /// Approvals keep the zone's policy versions in the process; a version stored by another process (here: straight
    /// into the table, past this process's policy book) must decide the next approval all the same. Its own app: the
    /// new version would change every later test's policy.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_policy_version_stored_by_another_process_decides_the_next_approval(Db db)
    {
        await using var app = await FundingApp.StartAsync(db);
        var fund = await Fund.ForAsync(app);
        var year = await fund.FreshYearAsync();
        var first = await fund.AwardAsync(await fund.ProjectAsync(), year, 100_000m);
        var next = await fund.RecommendedAsync(await fund.ProjectAsync(), year, 100_000m);

        var zone = new ZoneId(app.ZoneId);
        var stored = await app.App.InScopeAsync(async ctx =>
        {
            var latest = await ctx.Set<Policy.FundingPolicy>().Where(p => p.ZoneId == zone).MaxAsync(p => (int?)p.Version) ?? 0;
            latest.ShouldBe(first.GetProperty("policyVersion").GetInt32(), "the first approval used the latest version");
            var tighter = Policy.FundingPolicy.Defaults(zone, Policy.PolicyBook.DefaultsFrom);
            tighter.Version = latest + 1;
            tighter.ProjectCap = 50_000m;
            ctx.Add(tighter);
            await ctx.SaveChangesAsync();
            return tighter.Version;
        });

        var refused = await fund.ApproveAsync(next);
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await refused.Content.ReadAsStringAsync()).ShouldContain(nameof(WithinProjectCapRule));
        (await fund.PolicyVersionAsync()).ShouldBe(stored);
    }

    /// <summary>
    /// The sums end on an entry; if that entry is rewritten under them (a restore, an edit past the triggers), the next
    /// decision starts over from the table instead of trusting the sums. Its own app: the edit breaks the chain.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Sums_whose_last_entry_was_rewritten_start_over_from_the_table(Db db)
    {
        await using var app = await FundingApp.StartAsync(db);
        var fund = await Fund.ForAsync(app);
        var year = await fund.FreshYearAsync(1_000_000m);
        var award = (await fund.AwardAsync(await fund.ProjectAsync(), year, 900_000m)).GetProperty("id").GetString()!;
        // The payment's transaction folds the award's entry into the sums, which now end on it.
        await fund.PayAsync(award, 1, 100_000m);

        await app.App.InScopeAsync(async ctx =>
        {
            await ctx.Database.ExecuteSqlRawAsync(db == Db.Postgres
                ? "ALTER TABLE funding_ledger_entries DISABLE TRIGGER funding_ledger_entries_no_change"
                : "DROP TRIGGER funding_ledger_entries_no_update");
            return await ctx.Database.ExecuteSqlAsync(
                $"UPDATE funding_ledger_entries SET \"Amount\" = 100000, \"Hash\" = 'rewritten' WHERE \"FundYear\" = {year} AND \"Kind\" = 'AwardCommitted'");
        });

        // The table now says 100,000 committed, so 900,000 is available; the stale sums would have left 100,000.
        var later = await fund.RecommendedAsync(await fund.ProjectAsync(), year, 800_000m);
        (await fund.ApproveAsync(later)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await fund.PositionAsync(year)).GetProperty("committed").GetDecimal().ShouldBe(900_000m);
    }
}
