using System.ComponentModel.DataAnnotations;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Funding.Awards;
using Gaoxin.Funding.Ledger;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Funding.Instruments;

public sealed record ConversionInput(ConversionTrigger Trigger, DateOnly On, [property: StringLength(60)] string? Round,
    [property: Precision(18, 6), Range(typeof(decimal), "0.0001", "1000000", ErrorMessage = "每股价格应在 0.0001–1,000,000 元之间。")] decimal RoundPricePerShare, [property: StringLength(500)] string? Note);

public sealed record ExitInput(ExitKind Kind, DateOnly On, [property: Yuan] decimal Proceeds, [property: StringLength(500)] string? Note);

public sealed record ReviewInput([property: Required(ErrorMessage = "请填写审查结论与依据。"), StringLength(4000, MinimumLength = 10, ErrorMessage = "审查结论应为 10–4000 字。")] string Findings, bool DiligenceDocumented);

public sealed record ReviewDecisionInput(bool Approve, [property: StringLength(1000)] string? Opinion);

public sealed record WriteOffInput(Guid ReviewId);

public sealed record SettleInput(SettlementKind Kind, DateOnly On, [property: Yuan(AllowZero = true)] decimal Repaid, [property: StringLength(500)] string? Note);

/// <summary>One line of an instrument's life: the award, each payment, conversion, exit, review, write-off, settlement.</summary>
public sealed record LifeEvent(DateOnly On, string What, decimal? Amount, string? Detail);

/// <summary>先投后股: conversion, exit with the reasonable-return cap, write-off after a diligence-exemption review, deadline settlement.</summary>
internal sealed class InstrumentService(GaoxinDbContext db, FundLedger ledger, AwardService awards, IServiceProvider services, TimeProvider clock)
{
    public IQueryable<EquityInstrument> Visible(Actor actor)
    {
        var zone = new ZoneId(actor.ZoneId);
        var q = db.Set<EquityInstrument>().AsNoTracking().Where(i => i.ZoneId == zone);
        return actor.IsOrganisationBound ? q.Where(i => i.OrganisationId == actor.OrganisationId) : q;
    }

    public async Task<EquityInstrument> FindAsync(Actor actor, Guid id, CancellationToken ct, bool tracked = false)
    {
        var zone = new ZoneId(actor.ZoneId);
        var q = db.Set<EquityInstrument>().Where(i => i.Id == id && i.ZoneId == zone);
        var instrument = await (tracked ? q : q.AsNoTracking()).FirstOrDefaultAsync(ct);
        if (instrument is null || !RecordAccess.MaySee(actor, FundingAccess.Records, instrument.OrganisationId, zone.Value))
        {
            throw Refusal.NotFound("先投后股记录");
        }

        return instrument;
    }

    /// <summary>转股: the principal is what has been paid in; stake = principal ÷ (round price × (1 − discount)).</summary>
    public Task<EquityInstrument> ConvertAsync(Actor actor, Guid id, ConversionInput input, CancellationToken ct) => ledger.InTransactionAsync(async () =>
    {
        await ledger.LockAsync(ct);
        var i = await FindAsync(actor, id, ct, tracked: true);
        i.EnsureConvertible();
        var relay = services.GetService<IRelayProjects>();
        var project = relay is null ? null : await relay.FindAsync(actor.ZoneId, i.ProjectId, ct);
        var money = (await FundLedger.AwardMoneyAsync(db, i.ZoneId, [i.AwardId], ct))[i.AwardId];
        i.Convert(input, project?.CompanyOrganisationId is not null, money.Paid);

        var award = await awards.FindAwardAsync(actor, i.AwardId, ct, tracked: true);
        if (award.Status == AwardStatus.Active)
        {
            // What was not paid in before conversion is not converted: it goes back to the budget.
            await awards.CloseAsync(award, AwardStatus.Settled, "转股，未拨付部分不再拨付", ct);
        }

        await ledger.AppendAsync(i.ZoneId, award.FundYear, EntryKind.Converted, money.Paid,
            $"转股：{i.Shares:#,##0} 股，每股 {i.ConversionPrice} 元（{i.Round ?? "协商"}，折扣 {i.Discount:P0}），持有人 {i.Holder}", ct, i.AwardId, i.ProjectId, i.Id, i.PolicyVersion);
        return i;
    }, ct);

    /// <summary>退出: the fund receives at most principal plus the capped simple return; credited to the year received.</summary>
    public Task<EquityInstrument> ExitAsync(Actor actor, Guid id, ExitInput input, CancellationToken ct) => ledger.InTransactionAsync(async () =>
    {
        await ledger.LockAsync(ct);
        var i = await FindAsync(actor, id, ct, tracked: true);
        var credited = i.Exit(input);
        await ledger.AppendAsync(i.ZoneId, input.On.Year, EntryKind.ReturnReceived, credited.Yuan,
            $"{(input.Kind == ExitKind.Sale ? "股权转让" : "回购")}退出：所得 {Yuan.Show(input.Proceeds)}，合理回报上限 {Yuan.Show(i.ReturnCap!.Value.Yuan)}，回流 {Yuan.Show(credited.Yuan)}", ct, i.AwardId, i.ProjectId, i.Id, i.PolicyVersion);
        return i;
    }, ct);

    public async Task<DiligenceReview> OpenReviewAsync(Actor actor, Guid id, ReviewInput input, CancellationToken ct)
    {
        var i = await FindAsync(actor, id, ct);
        var anotherOpen = await db.Set<DiligenceReview>().AnyAsync(r => r.InstrumentId == id && r.Status == ReviewStatus.Open, ct);
        var review = i.OpenReview(anotherOpen, input, actor.Name, clock.GetUtcNow());
        db.Add(review);
        await db.SaveChangesAsync(ct);
        return review;
    }

    /// <summary>
    /// An approval or objection from the operator or the zone admin, one per role. An objection closes the review as
    /// rejected; so does the last role's decision when the review cannot be approved (diligence not documented).
    /// </summary>
    public async Task<DiligenceReview> DecideReviewAsync(Actor actor, Guid reviewId, ReviewDecisionInput input, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var review = await db.Set<DiligenceReview>().Include(r => r.Approvals).FirstOrDefaultAsync(r => r.Id == reviewId && r.ZoneId == zone, ct)
            ?? throw Refusal.NotFound("尽职免责审查");
        var role = WriteOffRequiresApprovedReviewRule.RequiredRoles.FirstOrDefault(actor.IsIn);
        db.Add(review.Decide(role, actor.UserId, actor.Name, input.Approve, input.Opinion, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return review;
    }

    /// <summary>核销: only with an approved diligence-exemption review; the paid principal is written off and the unpaid rest released.</summary>
    public Task<EquityInstrument> WriteOffAsync(Actor actor, Guid id, WriteOffInput input, CancellationToken ct) => ledger.InTransactionAsync(async () =>
    {
        await ledger.LockAsync(ct);
        var i = await FindAsync(actor, id, ct, tracked: true);
        i.EnsureRunning();

        var review = await db.Set<DiligenceReview>().AsNoTracking().Include(r => r.Approvals).FirstOrDefaultAsync(r => r.Id == input.ReviewId && r.InstrumentId == id, ct);
        var roles = review?.Approvals.Where(a => a.Approve).Select(a => a.Role).ToList() ?? [];
        if (review is { Status: ReviewStatus.Rejected })
        {
            roles.Clear();
        }

        RuleCheck.Enforce(new WriteOffRequiresApprovedReviewRule(), new WriteOffFacts(review, roles));
        i.WriteOff(awards.Today());
        return await CloseAwardAsync(actor, i, $"尽职免责核销（审查 {review!.Id:N}）", ct);
    }, ct);

    /// <summary>到期结清: after the deadline an unconverted award becomes a grant, or is repaid (credited to the year received).</summary>
    public Task<EquityInstrument> SettleAsync(Actor actor, Guid id, SettleInput input, CancellationToken ct) => ledger.InTransactionAsync(async () =>
    {
        var today = ZoneClock.Of(clock).Today;
        if (input.On > today)
        {
            throw Refusal.Invalid("on", $"结清日期不能晚于今天（{today:yyyy-MM-dd}）。");
        }

        await ledger.LockAsync(ct);
        var i = await FindAsync(actor, id, ct, tracked: true);
        i.Settle(input);
        if (input.Kind == SettlementKind.Repayment)
        {
            await ledger.AppendAsync(i.ZoneId, input.On.Year, EntryKind.ReturnReceived, input.Repaid, $"到期还款 {Yuan.Show(input.Repaid)}", ct, i.AwardId, i.ProjectId, i.Id, i.PolicyVersion);
        }

        return await CloseAwardAsync(actor, i, input.Kind == SettlementKind.Grant ? "到期转为无偿资助" : "到期还款结清", ct);
    }, ct);

    /// <summary>The award follows its instrument written off or settled: an active one is closed (its unpaid rest released); paid principal written off goes to the ledger.</summary>
    private async Task<EquityInstrument> CloseAwardAsync(Actor actor, EquityInstrument i, string reason, CancellationToken ct)
    {
        var writtenOff = i.Status == InstrumentStatus.WrittenOff;
        var award = await awards.FindAwardAsync(actor, i.AwardId, ct, tracked: true);
        var money = (await FundLedger.AwardMoneyAsync(db, i.ZoneId, [i.AwardId], ct))[i.AwardId];
        if (award.Status == AwardStatus.Active)
        {
            await awards.CloseAsync(award, writtenOff ? AwardStatus.WrittenOff : AwardStatus.Settled, reason, ct);
        }
        else if (writtenOff)
        {
            award.MarkWrittenOff();
        }

        if (writtenOff && money.Paid > 0)
        {
            await ledger.AppendAsync(i.ZoneId, award.FundYear, EntryKind.WrittenOff, money.Paid, reason, ct, i.AwardId, i.ProjectId, i.Id, i.PolicyVersion);
        }

        return i;
    }

    /// <summary>The instrument's whole life, oldest first: approval, payments, conversion, exit, reviews, write-off, settlement.</summary>
    public async Task<IReadOnlyList<LifeEvent>> LifeAsync(EquityInstrument i, CancellationToken ct)
    {
        var events = new List<LifeEvent>();
        var award = await db.Set<Award>().AsNoTracking().FirstAsync(a => a.Id == i.AwardId, ct);
        events.Add(new(award.ApprovedOn, "批准资助（先投后股）", award.Amount.Yuan, $"{award.Grade} 级，政策第 {award.PolicyVersion} 版，审批人 {award.ApprovedBy}"));
        foreach (var p in await db.Set<Payment>().AsNoTracking().Where(p => p.AwardId == i.AwardId).OrderBy(p => p.PaidOn).ToListAsync(ct))
        {
            events.Add(new(p.PaidOn, p.Status == PaymentStatus.Succeeded ? $"拨付第 {p.TrancheNumber} 期" : $"第 {p.TrancheNumber} 期拨付失败", p.Amount.Yuan, p.Status == PaymentStatus.Succeeded ? p.Reference : p.FailureReason));
        }

        if (i.ConvertedOn is { } c)
        {
            events.Add(new(c, "转股", i.Principal?.Yuan, $"{i.Round ?? "协商"}：每股 {i.RoundPricePerShare} 元 × (1 − {i.Discount:P0}) = {i.ConversionPrice} 元，{i.Shares:#,##0} 股，持有人 {i.Holder}"));
        }

        if (i.ExitOn is { } e)
        {
            events.Add(new(e, i.ExitKind == ExitKind.Sale ? "股权转让退出" : "回购退出", i.Credited?.Yuan, $"所得 {Yuan.Show(i.Proceeds?.Yuan ?? 0)}，合理回报上限 {Yuan.Show(i.ReturnCap?.Yuan ?? 0)}，回流至 {e.Year} 年度"));
        }

        foreach (var r in await db.Set<DiligenceReview>().AsNoTracking().Include(r => r.Approvals).Where(r => r.InstrumentId == i.Id).OrderBy(r => r.OpenedAt).ToListAsync(ct))
        {
            events.Add(new(ZoneClock.DayOf(r.OpenedAt), "发起尽职免责审查", null, $"{r.Findings}（{(r.DiligenceDocumented ? "已勤勉尽责" : "未证明勤勉尽责")}，发起人 {r.OpenedBy}）"));
            events.AddRange(r.Approvals.OrderBy(a => a.At).Select(a => new LifeEvent(ZoneClock.DayOf(a.At), a.Approve ? "审批同意核销" : "审批不同意核销", null, $"{a.ApproverName}（{RoleName(a.Role)}）{a.Opinion}")));
        }

        if (i.Status == InstrumentStatus.WrittenOff && i.ClosedOn is { } writtenOff)
        {
            var money = (await FundLedger.AwardMoneyAsync(db, i.ZoneId, [i.AwardId], ct))[i.AwardId];
            events.Add(new(writtenOff, "核销", money.WrittenOff, "依据经批准的尽职免责审查，已拨付本金记入台账核销"));
        }
        else if (i.Status == InstrumentStatus.Settled && i.ClosedOn is { } closed)
        {
            events.Add(new(closed, i.Settlement == SettlementKind.Repayment ? "到期还款结清" : "到期转为无偿资助", i.Credited?.Yuan, i.Note));
        }

        return events.OrderBy(x => x.On).ToList();
    }

    private static string RoleName(string role) => role switch
    {
        Roles.ZoneAdmin => "管委会",
        Roles.CenterOperator => "创新中心运营方",
        _ => role,
    };
}
