using System.Security.Claims;
using Gaoxin.Data;
using Gaoxin.Data.Http;
using Gaoxin.Funding.Assessment;
using Gaoxin.Funding.Awards;
using Gaoxin.Funding.Instruments;
using Gaoxin.Funding.Ledger;
using Gaoxin.Funding.Policy;
using Gaoxin.Funding.Statements;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Zones;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gaoxin.Funding.Api;

/// <summary>/api/v1/funding: every endpoint requires a role; enterprise and institute users reach only their organisation's records.</summary>
internal static class FundingEndpoints
{
    private const string PdfType = "application/pdf";

    public static void Map(IEndpointRouteBuilder api)
    {
        var readers = FundingAccess.Readers;
        var staff = FundingAccess.Staff;

        api.MapGet("/dashboard", (ClaimsPrincipal u, FundingReads reads, AwardService awards, int? year, CancellationToken ct) =>
            Problems.Run(() => reads.DashboardAsync(u.ToActor(), year ?? awards.Today().Year, ct))).RequireAuthorization(p => p.RequireRole(staff)).WithSummary("资金看板：年度预算、承诺、拨付、可用；按等级、按资助方式");
        api.MapGet("/years/{year:int}", (int year, ClaimsPrincipal u, GaoxinDbContext db, CancellationToken ct) =>
            Problems.Run(() => FundLedger.PositionAsync(db, new ZoneId(u.ToActor().ZoneId), year, ct))).RequireAuthorization(p => p.RequireRole(staff)).WithSummary("年度资金状况（由台账汇总）");
        api.MapPut("/years/{year:int}/budget", (int year, BudgetInput input, ClaimsPrincipal u, AwardService awards, CancellationToken ct) =>
            Problems.Run(() => awards.SetBudgetAsync(u.ToActor(), year, input, ct))).Validate<BudgetInput>().RequireAuthorization(p => p.RequireRole(FundingAccess.Deciders)).WithSummary("设定或调整年度预算");

        api.MapGet("/policy", (ClaimsPrincipal u, PolicyBook book, AwardService awards, DateOnly? on, CancellationToken ct) =>
            Problems.Run(() => book.InForceAsync(new ZoneId(u.ToActor().ZoneId), on ?? awards.Today(), ct))).RequireAuthorization(p => p.RequireRole(readers)).WithSummary("某日有效的资金政策版本");
        api.MapGet("/policies", (ClaimsPrincipal u, PolicyBook book, CancellationToken ct) =>
            Problems.Run(() => book.AllAsync(new ZoneId(u.ToActor().ZoneId), ct))).RequireAuthorization(p => p.RequireRole(staff)).WithSummary("资金政策全部版本");
        api.MapPost("/policies", (PolicyInput input, ClaimsPrincipal u, PolicyBook book, AwardService awards, CancellationToken ct) =>
            Problems.Run(async () =>
            {
                var zone = new ZoneId(u.ToActor().ZoneId);
                var current = await book.InForceAsync(zone, input.EffectiveFrom, ct);
                var next = input.ApplyTo(current.NextVersion(input.EffectiveFrom));
                return await book.AddVersionAsync(zone, next, ct);
            }, p => TypedResults.Created($"/api/v1/funding/policies", p))).Validate<PolicyInput>().RequireAuthorization(p => p.RequireRole(FundingAccess.Deciders)).WithSummary("发布新的政策版本（自生效日起适用）");

        api.MapGet("/applications", (ClaimsPrincipal u, FundingReads reads, ApplicationStatus? status, int? page, int? size, CancellationToken ct) =>
            Problems.Run(() => reads.ApplicationsAsync(u.ToActor(), status, new PageRequest(page, size), ct))).RequireAuthorization(p => p.RequireRole(readers)).WithSummary("资金申请队列（企业仅见本机构）");
        api.MapGet("/applications/{id:guid}", (Guid id, ClaimsPrincipal u, FundingReads reads, CancellationToken ct) =>
            Problems.Run(() => reads.ApplicationAsync(u.ToActor(), id, ct))).RequireAuthorization(p => p.RequireRole(readers)).WithSummary("资金申请详情");
        api.MapPost("/applications", (ApplicationInput input, ClaimsPrincipal u, AwardService awards, CancellationToken ct) =>
            Problems.Run(() => awards.SubmitAsync(u.ToActor(), input, ct), a => TypedResults.Created($"/api/v1/funding/applications/{a.Id}", ApplicationView.Of(a))))
            .Validate<ApplicationInput>().RequireAuthorization(p => p.RequireRole(FundingAccess.Applicants)).WithSummary("提交资金申请");
        api.MapPost("/applications/{id:guid}/recommend", (Guid id, RecommendInput input, ClaimsPrincipal u, AwardService awards, CancellationToken ct) =>
            Problems.Run(async () => ApplicationView.Of((await awards.RecommendAsync(u.ToActor(), id, input, ct)).Application)))
            .Validate<RecommendInput>().RequireAuthorization(p => p.RequireRole(FundingAccess.Recommenders)).WithSummary("运营方推荐（按等级与规则核对）");
        api.MapPost("/applications/{id:guid}/approve", (Guid id, DecisionInput input, ClaimsPrincipal u, AwardService awards, FundingReads reads, CancellationToken ct) =>
            Problems.Run(async () => FundingReads.Approved(await awards.ApproveAsync(u.ToActor(), id, input, ct)), a => TypedResults.Created($"/api/v1/funding/awards/{a.Id}", a)))
            .Validate<DecisionInput>().RequireAuthorization(p => p.RequireRole(FundingAccess.Deciders)).WithSummary("管委会批准：承诺资金并生成分期");
        api.MapPost("/applications/{id:guid}/reject", (Guid id, DecisionInput input, ClaimsPrincipal u, AwardService awards, CancellationToken ct) =>
            Problems.Run(async () => ApplicationView.Of(await awards.RejectAsync(u.ToActor(), id, input, ct))))
            .Validate<DecisionInput>().RequireAuthorization(p => p.RequireRole(FundingAccess.Managers)).WithSummary("不予支持");

        api.MapGet("/awards", (ClaimsPrincipal u, FundingReads reads, int? year, int? page, int? size, CancellationToken ct) =>
            Problems.Run(() => reads.AwardsAsync(u.ToActor(), year, new PageRequest(page, size), ct))).RequireAuthorization(p => p.RequireRole(readers)).WithSummary("资助列表（企业仅见本机构）");
        api.MapGet("/awards/{id:guid}", (Guid id, ClaimsPrincipal u, FundingReads reads, CancellationToken ct) =>
            Problems.Run(() => reads.AwardAsync(u.ToActor(), id, ct))).RequireAuthorization(p => p.RequireRole(readers)).WithSummary("资助详情：分期、拨付、余额");
        api.MapPost("/awards/{id:guid}/cancel", (Guid id, CancelInput input, ClaimsPrincipal u, AwardService awards, FundingReads reads, CancellationToken ct) =>
            Problems.Run(async () => { await awards.CancelAsync(u.ToActor(), id, input, ct); return await reads.AwardAsync(u.ToActor(), id, ct); }))
            .Validate<CancelInput>().RequireAuthorization(p => p.RequireRole(FundingAccess.Deciders)).WithSummary("撤销资助，释放未拨付余额");
        api.MapPut("/awards/{id:guid}/tranches/{number:int}/milestone", (Guid id, int number, MilestoneLinkInput input, ClaimsPrincipal u, AwardService awards, FundingReads reads, CancellationToken ct) =>
            Problems.Run(async () => { await awards.LinkMilestoneAsync(u.ToActor(), id, number, input, ct); return await reads.AwardAsync(u.ToActor(), id, ct); }))
            .RequireAuthorization(p => p.RequireRole(FundingAccess.Managers)).WithSummary("为分期关联项目计划的里程碑");
        api.MapPost("/awards/{id:guid}/tranches/{number:int}/payments", (Guid id, int number, PaymentInput input, ClaimsPrincipal u, AwardService awards, CancellationToken ct) =>
            Problems.Run(() => awards.PayAsync(u.ToActor(), id, number, input, ct), r => r.Replayed
                ? TypedResults.Ok(FundingReads.Payment(r.Payment) with { Replayed = true })
                : TypedResults.Created($"/api/v1/funding/awards/{id}", FundingReads.Payment(r.Payment))))
            .Validate<PaymentInput>().RequireAuthorization(p => p.RequireRole(FundingAccess.Deciders)).WithSummary("登记拨付（幂等键防重复；失败拨付亦登记）");

        api.MapGet("/instruments", (ClaimsPrincipal u, InstrumentService instruments, CancellationToken ct) =>
            Problems.Run(async () => await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                instruments.Visible(u.ToActor()).OrderBy(i => i.StartedOn).Select(i => new { i.Id, i.AwardId, i.ProjectTitle, i.Status, i.StartedOn, i.Deadline, i.ConvertedOn, i.Shares }), ct)))
            .RequireAuthorization(p => p.RequireRole(readers)).WithSummary("先投后股列表");
        api.MapGet("/instruments/alerts", (ClaimsPrincipal u, FundingReads reads, int? days, CancellationToken ct) =>
            Problems.Run(() => reads.AlertsAsync(u.ToActor(), days, ct))).RequireAuthorization(p => p.RequireRole(readers))
            .WithSummary($"到期提醒：未转股且期限已过或在 days 天内到期（默认 {FundingReads.AlertWindowDays} 天；企业仅见本机构）");
        api.MapGet("/instruments/{id:guid}", (Guid id, ClaimsPrincipal u, FundingReads reads, CancellationToken ct) =>
            Problems.Run(() => reads.InstrumentAsync(u.ToActor(), id, ct))).RequireAuthorization(p => p.RequireRole(readers)).WithSummary("先投后股全过程");
        api.MapPost("/instruments/{id:guid}/convert", (Guid id, ConversionInput input, ClaimsPrincipal u, InstrumentService s, FundingReads reads, CancellationToken ct) =>
            Problems.Run(async () => { await s.ConvertAsync(u.ToActor(), id, input, ct); return await reads.InstrumentAsync(u.ToActor(), id, ct); }))
            .Validate<ConversionInput>().RequireAuthorization(p => p.RequireRole(FundingAccess.Deciders)).WithSummary("转股");
        api.MapPost("/instruments/{id:guid}/exit", (Guid id, ExitInput input, ClaimsPrincipal u, InstrumentService s, FundingReads reads, CancellationToken ct) =>
            Problems.Run(async () => { await s.ExitAsync(u.ToActor(), id, input, ct); return await reads.InstrumentAsync(u.ToActor(), id, ct); }))
            .Validate<ExitInput>().RequireAuthorization(p => p.RequireRole(FundingAccess.Deciders)).WithSummary("退出（合理回报封顶，回流至收到当年）");
        api.MapPost("/instruments/{id:guid}/reviews", (Guid id, ReviewInput input, ClaimsPrincipal u, InstrumentService s, FundingReads reads, CancellationToken ct) =>
            Problems.Run(async () => { await s.OpenReviewAsync(u.ToActor(), id, input, ct); return await reads.InstrumentAsync(u.ToActor(), id, ct); }))
            .Validate<ReviewInput>().RequireAuthorization(p => p.RequireRole(FundingAccess.Managers)).WithSummary("发起尽职免责审查");
        api.MapPost("/reviews/{id:guid}/decision", (Guid id, ReviewDecisionInput input, ClaimsPrincipal u, InstrumentService s, CancellationToken ct) =>
            Problems.Run(async () => (await s.DecideReviewAsync(u.ToActor(), id, input, ct)).Status))
            .Validate<ReviewDecisionInput>().RequireAuthorization(p => p.RequireRole(FundingAccess.Managers)).WithSummary("审批尽职免责审查（运营方与管委会各一）");
        api.MapPost("/instruments/{id:guid}/write-off", (Guid id, WriteOffInput input, ClaimsPrincipal u, InstrumentService s, FundingReads reads, CancellationToken ct) =>
            Problems.Run(async () => { await s.WriteOffAsync(u.ToActor(), id, input, ct); return await reads.InstrumentAsync(u.ToActor(), id, ct); }))
            .RequireAuthorization(p => p.RequireRole(FundingAccess.Deciders)).WithSummary("核销（须经批准的尽职免责审查）");
        api.MapPost("/instruments/{id:guid}/settle", (Guid id, SettleInput input, ClaimsPrincipal u, InstrumentService s, FundingReads reads, CancellationToken ct) =>
            Problems.Run(async () => { await s.SettleAsync(u.ToActor(), id, input, ct); return await reads.InstrumentAsync(u.ToActor(), id, ct); }))
            .Validate<SettleInput>().RequireAuthorization(p => p.RequireRole(FundingAccess.Deciders)).WithSummary("到期结清（转为资助或还款）");

        api.MapGet("/ledger", (ClaimsPrincipal u, FundingReads reads, int? year, EntryKind? kind, Guid? projectId, Guid? awardId, int? page, int? size, CancellationToken ct) =>
            Problems.Run(() => reads.LedgerAsync(u.ToActor(), new LedgerFilter(year, kind, projectId, awardId), new PageRequest(page, size), ct)))
            .RequireAuthorization(p => p.RequireRole(staff)).WithSummary("资金台账（按年度、类型、项目、资助筛选）");
        api.MapGet("/ledger/verify", (GaoxinDbContext db, CancellationToken ct) => Problems.Run(() => LedgerVerification.VerifyAsync(db, ct)))
            .RequireAuthorization(p => p.RequireRole(staff)).WithSummary("校验台账哈希链");

        api.MapGet("/statements/years/{year:int}.xlsx", async (int year, ClaimsPrincipal u, FundStatements s, TimeProvider clock, CancellationToken ct) =>
            await ExcelExport.FileAsync(await s.RowsAsync(new ZoneId(u.ToActor().ZoneId), year, null, ct), $"中试专项资金{year}年度对账单", clock, ct))
            .RequireAuthorization(p => p.RequireRole(staff)).WithSummary("年度对账单（Excel）");
        api.MapGet("/statements/years/{year:int}.pdf", async (int year, ClaimsPrincipal u, FundStatements s, CancellationToken ct) =>
            TypedResults.File(await s.YearPdfAsync(new ZoneId(u.ToActor().ZoneId), year, ct), PdfType, $"中试专项资金{year}年度对账单.pdf"))
            .RequireAuthorization(p => p.RequireRole(staff)).WithSummary("年度对账单（PDF）");
        api.MapGet("/statements/projects/{projectId:guid}.xlsx", (Guid projectId, ClaimsPrincipal u, FundStatements s, AwardService awards, TimeProvider clock, CancellationToken ct) =>
            Problems.RunAsync(async () => await ProjectTitleAsync(u, awards, projectId, ct), async _ =>
                await ExcelExport.FileAsync(await s.RowsAsync(new ZoneId(u.ToActor().ZoneId), null, projectId, ct), "中试专项资金项目对账单", clock, ct)))
            .RequireAuthorization(p => p.RequireRole(readers)).WithSummary("项目对账单（Excel）");
        api.MapGet("/statements/projects/{projectId:guid}.pdf", (Guid projectId, ClaimsPrincipal u, FundStatements s, AwardService awards, CancellationToken ct) =>
            Problems.Run(async () => await s.ProjectPdfAsync(new ZoneId(u.ToActor().ZoneId), projectId, await ProjectTitleAsync(u, awards, projectId, ct), ct),
                bytes => TypedResults.File(bytes, PdfType, "中试专项资金项目对账单.pdf")))
            .RequireAuthorization(p => p.RequireRole(readers)).WithSummary("项目对账单（PDF）");

        api.MapGet("/assessments/{year:int}", (int year, ClaimsPrincipal u, AssessmentService s, CancellationToken ct) =>
            Problems.Run(async () => await s.StoredAsync(new ZoneId(u.ToActor().ZoneId), year, ct) ?? throw FundingRefusal.NotFound($"{year} 年度考核")))
            .RequireAuthorization(p => p.RequireRole(staff)).WithSummary("运营方年度考核结果");
        api.MapPost("/assessments/preview", (AssessmentInput input, ClaimsPrincipal u, AssessmentService s, CancellationToken ct) =>
            Problems.Run(() => s.ComputeAsync(new ZoneId(u.ToActor().ZoneId), input, ct))).Validate<AssessmentInput>()
            .RequireAuthorization(p => p.RequireRole(FundingAccess.Managers)).WithSummary("试算考核得分与运营经费");
        api.MapPost("/assessments", (AssessmentInput input, ClaimsPrincipal u, AssessmentService s, CancellationToken ct) =>
            Problems.Run(() => s.SaveAsync(new ZoneId(u.ToActor().ZoneId), u.ToActor().Name, input, ct))).Validate<AssessmentInput>()
            .RequireAuthorization(p => p.RequireRole(FundingAccess.Deciders)).WithSummary("确定年度考核结果");
        api.MapGet("/assessments/{year:int}/report.pdf", (int year, ClaimsPrincipal u, AssessmentService s, CancellationToken ct) =>
            Problems.Run(async () => AssessmentReport.Pdf(await s.StoredAsync(new ZoneId(u.ToActor().ZoneId), year, ct) ?? throw FundingRefusal.NotFound($"{year} 年度考核")),
                bytes => TypedResults.File(bytes, PdfType, $"运营方{year}年度考核报告.pdf")))
            .RequireAuthorization(p => p.RequireRole(staff)).WithSummary("年度考核报告（PDF）");
    }

    /// <summary>A project's statement is for the zone's staff and the project's own organisation.</summary>
    private static async Task<string> ProjectTitleAsync(ClaimsPrincipal u, AwardService awards, Guid projectId, CancellationToken ct)
    {
        var award = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(awards.VisibleAwards(u.ToActor()).Where(a => a.ProjectId == projectId), ct);
        return award is null ? throw FundingRefusal.NotFound("项目资助") : $"{award.ProjectCode} {award.ProjectTitle}";
    }
}
