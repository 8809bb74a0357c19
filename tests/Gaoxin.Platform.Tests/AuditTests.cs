using System.Net;
using Gaoxin.Cli;
using Gaoxin.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Gaoxin.Platform.Tests;

public sealed class AuditTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_chain_stays_intact_and_gap_free_under_many_concurrent_changes(Db db)
    {
        await using var app = await GaoxinApp.StartAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var before = await app.InScopeAsync(ctx => ctx.AuditEvents.LongCountAsync());

        var creates = Enumerable.Range(1, 40).Select(i =>
            admin.PostJsonAsync("/api/v1/organisations", new { name = $"并发测试企业{i:D2}", kind = "Enterprise", note = "第一版" }));
        var responses = await Task.WhenAll(creates);
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);

        var orgs = await app.InScopeAsync(ctx => ctx.Organisations.Where(o => o.Name.StartsWith("并发测试企业")).Select(o => new { o.Id, o.Name }).ToListAsync());
        var updates = await Task.WhenAll(orgs.Select(o => admin.PutJsonAsync($"/api/v1/organisations/{o.Id}", new { name = o.Name, kind = "Enterprise", note = "第二版" })));
        updates.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);

        var result = await app.InScopeAsync(ctx => AuditVerification.VerifyAsync(ctx, CancellationToken.None));
        result.Intact.ShouldBeTrue(result.Reason);
        var events = await app.InScopeAsync(ctx => ctx.AuditEvents.AsNoTracking().Where(e => e.Sequence > before).OrderBy(e => e.Sequence).ToListAsync());
        events.Count(e => e.EntityType == "Organisation" && e.Action == "create").ShouldBe(40);
        events.Count(e => e.EntityType == "Organisation" && e.Action == "update").ShouldBe(40);
        events.Select(e => e.Sequence).ShouldBe(Enumerable.Range((int)before + 1, events.Count).Select(i => (long)i));
        events.Where(e => e.EntityType == "Organisation").ShouldAllBe(e => e.Actor.StartsWith("admin@zigong.demo"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Changes_inside_and_outside_explicit_transactions_interleave_without_deadlock(Db db)
    {
        // User creation runs in an explicit transaction (user + role); token creation does not. Mixed, they once
        // deadlocked against an in-process lock until SQLite's busy timeout.
        await using var app = await GaoxinApp.StartAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var users = Enumerable.Range(1, 10).Select(i => admin.PostJsonAsync("/api/v1/admin/users",
            new { email = $"mix{i:D2}@zigong.demo", displayName = $"并发用户{i}", role = "Viewer", password = "Mixed@2025" }));
        var tokens = Enumerable.Range(1, 10).Select(i => admin.PostJsonAsync("/api/v1/me/tokens", new { name = $"令牌{i}" }));

        var responses = await Task.WhenAll(users.Concat(tokens));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        (await app.InScopeAsync(ctx => ctx.Users.CountAsync(u => u.Email!.StartsWith("mix")))).ShouldBe(10);
        (await app.InScopeAsync(ctx => AuditVerification.VerifyAsync(ctx, CancellationToken.None))).Intact.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_update_records_before_and_after_without_secrets(Db db)
    {
        await using var app = await GaoxinApp.StartAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var org = await app.InScopeAsync(ctx => ctx.Organisations.SingleAsync(o => o.Name == "珈钠能源"));
        await admin.PutJsonAsync($"/api/v1/organisations/{org.Id}", new { name = "珈钠能源", kind = "Enterprise", note = "钠电正极" });

        var change = await app.InScopeAsync(ctx => ctx.AuditEvents.Where(e => e.EntityType == "Organisation" && e.EntityId == org.Id.ToString() && e.Action == "update").SingleAsync());
        change.Before!.ShouldContain("\"Note\":\"钠离子电池\"");
        change.After!.ShouldContain("\"Note\":\"钠电正极\"");
        change.Actor.ShouldStartWith("admin@zigong.demo");

        var userEvents = await app.InScopeAsync(ctx => ctx.AuditEvents.Where(e => e.EntityType == "GaoxinUser").ToListAsync());
        userEvents.ShouldNotBeEmpty();
        userEvents.ShouldAllBe(e => (e.After ?? "").Contains("PasswordHash") == false && (e.After ?? "").Contains("SecurityStamp") == false);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_database_refuses_to_update_or_delete_audit_rows(Db db)
    {
        await using var app = await GaoxinApp.StartAsync(db);
        await app.InScopeAsync(async ctx =>
        {
            await Should.ThrowAsync<Exception>(() => ctx.Database.ExecuteSqlRawAsync("UPDATE platform_audit_events SET \"Actor\" = 'mallory' WHERE \"Sequence\" = 3"));
            await Should.ThrowAsync<Exception>(() => ctx.Database.ExecuteSqlRawAsync("DELETE FROM platform_audit_events WHERE \"Sequence\" = 3"));
            (await ctx.AuditEvents.SingleAsync(e => e.Sequence == 3)).Actor.ShouldNotBe("mallory");
            return 0;
        });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_direct_sql_edit_breaks_the_chain_at_that_row_and_verify_names_it(Db db)
    {
        await using var app = await GaoxinApp.StartAsync(db);
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = db.ToString(),
            ["ConnectionStrings:Gaoxin"] = app.Database.ConnectionString,
        }).Build();

        var (code, output, _) = await RunCliAsync(config, "audit", "verify");
        code.ShouldBe(CliApp.Ok);
        output.ShouldContain("审计链完整");

        var total = await app.InScopeAsync(ctx => ctx.AuditEvents.LongCountAsync());
        var victim = total / 2;
        await app.InScopeAsync(async ctx =>
        {
            // A tamperer with DDL rights gets past the append-only trigger; the hashes still give them away.
            await ctx.Database.ExecuteSqlRawAsync(db == Db.Postgres
                ? "ALTER TABLE platform_audit_events DISABLE TRIGGER platform_audit_events_no_change"
                : "DROP TRIGGER platform_audit_events_no_update");
            await ctx.Database.ExecuteSqlAsync($"UPDATE platform_audit_events SET \"Actor\" = 'mallory' WHERE \"Sequence\" = {victim}");
            return 0;
        });

        var result = await app.InScopeAsync(ctx => AuditVerification.VerifyAsync(ctx, CancellationToken.None));
        result.Intact.ShouldBeFalse();
        result.BrokenAtSequence.ShouldBe(victim);

        var (brokenCode, _, error) = await RunCliAsync(config, "audit", "verify");
        brokenCode.ShouldBe(CliApp.ChainBroken);
        error.ShouldContain($"Sequence = {victim}");

        var admin = await app.SignedInAsync("admin@zigong.demo");
        var api = await (await admin.GetAsync("/api/v1/admin/audit/verify")).ReadJsonAsync();
        api.GetProperty("intact").GetBoolean().ShouldBeFalse();
        api.GetProperty("brokenAtSequence").GetInt64().ShouldBe(victim);
    }

    internal static async Task<(int Code, string Output, string Error)> RunCliAsync(IConfiguration config, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, config, output, error, Path.GetTempPath());
        return (code, output.ToString(), error.ToString());
    }
}
