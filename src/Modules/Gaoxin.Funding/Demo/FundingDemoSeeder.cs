using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Data.Seeding;
using Gaoxin.Funding.Assessment;
using Gaoxin.Funding.Awards;
using Gaoxin.Funding.Decisions;
using Gaoxin.Funding.Instruments;
using Gaoxin.Funding.Ledger;
using Gaoxin.Funding.Policy;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Funding.Demo;

/// <summary>
/// The demo fund (issue 4 item 8): policy v1, last year's and this year's 20 million budgets, awards across grades A/B/C
/// including one at the 5 million cap, 先投后股 awards (converted after an A round, exited with a return, written off
/// after review, one still open) and last year's operator assessment. Runs after TechTransfer (order 40) and goes
/// through the module's own services, so every figure comes from ledger entries. Each part runs only once; awards
/// wait until relay projects exist.
/// </summary>
internal sealed class FundingDemoSeeder(AwardService awards, FundDecisions decisions, InstrumentService instruments, AssessmentService assessments, IServiceProvider services, TimeProvider clock) : IDemoSeeder
{
    public int Order => 40;

    public async Task SeedAsync(GaoxinDbContext db, DemoZone zone, CancellationToken ct)
    {
        var zoneId = new ZoneId(zone.ZoneId);
        var admin = new Actor("demo-seed", "演示数据（管委会）", new HashSet<string> { Roles.ZoneAdmin }, null, zone.ZoneId);
        var op = new Actor("demo-seed-operator", "演示数据（创新中心）", new HashSet<string> { Roles.CenterOperator }, null, zone.ZoneId);
        var today = ZoneClock.Of(clock).Today;
        var year = today.Year;

        if (!await db.Set<FundingPolicy>().AnyAsync(p => p.ZoneId == zoneId, ct))
        {
            db.Add(FundingPolicy.Defaults(zoneId, PolicyBook.DefaultsFrom));
            await db.SaveChangesAsync(ct);
        }

        foreach (var y in new[] { year - 1, year })
        {
            if (!await db.Set<LedgerEntry>().AnyAsync(e => e.ZoneId == zoneId && e.FundYear == y && e.Kind == EntryKind.BudgetSet, ct))
            {
                await awards.SetBudgetAsync(admin, y, new BudgetInput(20_000_000m, $"{y} 年度中试专项资金预算 2000 万元"), ct);
            }
        }

        if (services.GetService<IRelayProjects>() is { } relay && !await db.Set<Award>().AnyAsync(a => a.ZoneId == zoneId, ct))
        {
            await SeedAwardsAsync(relay, admin, op, zoneId, today, ct);
        }

        if (!await db.Set<OperatorAssessment>().AnyAsync(a => a.ZoneId == zoneId && a.Year == year - 1, ct))
        {
            await assessments.SaveAsync(zoneId, admin.Name, new AssessmentInput(year - 1, 12m, 0.82m, 520_000_000m, 38_000_000m, 6m,
                "演示：平台数据缺失的指标按运营方年报填报。"), ct);
        }
    }

    private async Task SeedAwardsAsync(IRelayProjects relay, Actor admin, Actor op, ZoneId zone, DateOnly today, CancellationToken ct)
    {
        var policy = FundingPolicy.Defaults(zone, PolicyBook.DefaultsFrom);
        var candidates = (await relay.ListAsync(zone.Value, null, ct))
            .Where(p => p.Stage is RelayStage.Selected or RelayStage.PilotIncubation or RelayStage.IndustrialIncubation && policy.GradeFor(p.ScreeningScore) is not null)
            .OrderByDescending(p => p.ScreeningScore).ThenBy(p => p.Code).ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        var used = new HashSet<Guid>();
        RelayProject? Next(string? grade) => candidates.FirstOrDefault(p => !used.Contains(p.Id) && (grade is null || policy.GradeFor(p.ScreeningScore) == grade));
        async Task<Award?> AwardAsync(RelayProject? p, int fundYear, decimal amount, Instrument instrument, DateOnly on)
        {
            if (p is null)
            {
                return null;
            }

            used.Add(p.Id);
            var grade = policy.GradeFor(p.ScreeningScore);
            amount = Math.Min(amount, policy.CeilingFor(grade));
            var eligible = Math.Max(p.PilotBudget ?? 0m, decimal.Ceiling(amount / policy.ShareFor(grade)));
            try
            {
                var application = await awards.SubmitAsync(admin, new ApplicationInput(p.Id, fundYear, amount, eligible, "设备购置 55%，材料与试制 30%，检测认证 15%", instrument), ct);
                await awards.RecommendAsync(op, application.Id, new RecommendInput(null, "符合中试专项资金支持条件"), ct);
                return (await decisions.ApproveAsync(admin, application.Id, new DecisionInput("同意"), ct, on)).Award;
            }
            catch (Refusal r) when (r.Kind == RefusalKind.Rule)
            {
                return null; // A project the rules refuse is left out of the demo rather than forced in.
            }
        }

        async Task PayAsync(Award? a, int tranche, DateOnly on)
        {
            if (a is null)
            {
                return;
            }

            var t = a.Tranches.First(x => x.Number == tranche);
            try
            {
                await decisions.PayAsync(admin, a.Id, tranche, new PaymentInput($"demo-{a.Id:N}-{tranche}", t.Amount.Yuan, on, $"ZGGX-{on:yyyyMMdd}-{tranche}{a.ProjectCode}"), ct);
            }
            catch (Refusal r) when (r.Kind == RefusalKind.Rule)
            {
                // The milestone is not accepted yet: the tranche waits, as it should.
            }
        }

        // This year: the project at the 5 million cap, then grants across A/B/C.
        var thisYear = today;
        var capped = await AwardAsync(Next("A"), today.Year, 5_000_000m, Instrument.Grant, thisYear);
        await PayAsync(capped, 1, thisYear);
        await PayAsync(capped, 2, thisYear);
        foreach (var (grade, amount, count) in new[] { ("A", 2_000_000m, 2), ("B", 1_500_000m, 3), ("C", 600_000m, 3) })
        {
            for (var i = 0; i < count; i++)
            {
                var a = await AwardAsync(Next(grade), today.Year, amount, Instrument.Grant, thisYear);
                await PayAsync(a, 1, thisYear);
                await PayAsync(a, 2, thisYear);
            }
        }

        var open = await AwardAsync(Next(null), today.Year, 1_000_000m, Instrument.InvestThenEquity, thisYear);
        await PayAsync(open, 1, thisYear);

        // Last year: three 先投后股 awards with their whole lives.
        var lastYear = new DateOnly(today.Year - 1, 3, 15);
        var converted = await AwardAsync(Next(null), today.Year - 1, 2_000_000m, Instrument.InvestThenEquity, lastYear);
        var exited = await AwardAsync(Next(null), today.Year - 1, 1_000_000m, Instrument.InvestThenEquity, lastYear);
        var failed = await AwardAsync(Next(null), today.Year - 1, 800_000m, Instrument.InvestThenEquity, lastYear);
        foreach (var a in new[] { converted, exited, failed })
        {
            await PayAsync(a, 1, lastYear.AddDays(10));
            await PayAsync(a, 2, lastYear.AddDays(120));
        }

        if (converted is not null)
        {
            var i = await InstrumentOfAsync(admin, converted, ct);
            await instruments.ConvertAsync(admin, i, new ConversionInput(ConversionTrigger.OutsideRound, lastYear.AddDays(240), "A 轮", 12.50m, "A 轮由外部投资机构领投"), ct);
        }

        if (exited is not null)
        {
            var i = await InstrumentOfAsync(admin, exited, ct);
            await instruments.ConvertAsync(admin, i, new ConversionInput(ConversionTrigger.OutsideRound, lastYear.AddDays(150), "Pre-A 轮", 6.00m, null), ct);
            var principal = (await instruments.FindAsync(admin, i, ct)).Principal?.Yuan ?? 0m;
            await instruments.ExitAsync(admin, i, new ExitInput(ExitKind.BuyBack, today, decimal.Round(principal * 1.35m, 2), "创始团队回购"), ct);
        }

        if (failed is not null)
        {
            var i = await InstrumentOfAsync(admin, failed, ct);
            var review = await instruments.OpenReviewAsync(op, i, new ReviewInput("中试阶段关键工艺未能突破，项目终止。立项评审、拨付均按程序决策，过程资料齐全，已勤勉尽责，适用尽职免责。", true), ct);
            await instruments.DecideReviewAsync(op, review.Id, new ReviewDecisionInput(true, "同意核销"), ct);
            await instruments.DecideReviewAsync(admin, review.Id, new ReviewDecisionInput(true, "同意按尽职免责核销"), ct);
            await instruments.WriteOffAsync(admin, i, new WriteOffInput(review.Id), ct);
        }
    }

    private async Task<Guid> InstrumentOfAsync(Actor admin, Award award, CancellationToken ct) =>
        await instruments.Visible(admin).Where(i => i.AwardId == award.Id).Select(i => i.Id).FirstAsync(ct);
}
