using System.Globalization;
using System.Security.Claims;
using Gaoxin.Data.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using MiniExcelLibs.Attributes;

namespace Gaoxin.Industry.Leads;

public sealed record LeadExportRow(
    [property: ExcelColumnName("企业")] string Company,
    [property: ExcelColumnName("所在地")] string Location,
    [property: ExcelColumnName("产业链")] string Chain,
    [property: ExcelColumnName("目标环节")] string Node,
    [property: ExcelColumnName("预计投资（元）")] decimal? ExpectedInvestment,
    [property: ExcelColumnName("阶段")] string Stage,
    [property: ExcelColumnName("责任人")] string Owner,
    [property: ExcelColumnName("下一步")] string NextStep,
    [property: ExcelColumnName("计划日期")] string NextStepOn,
    [property: ExcelColumnName("距上次跟进（天）")] int DaysSinceStep,
    [property: ExcelColumnName("长期未跟进")] string Stale);

/// <summary>Handlers of the lead pipeline and the gaps it aims at; refusals are thrown by <see cref="LeadBook"/> and <see cref="Lead"/>.</summary>
internal static class LeadsApi
{
    public static async Task<Ok<IReadOnlyList<GapView>>> Gaps(ClaimsPrincipal user, LeadBook leads, int? year, CancellationToken ct) =>
        TypedResults.Ok(await leads.GapsAsync(user.ToActor().ZoneId, year, ct));

    public static async Task<Ok<IReadOnlyList<LeadView>>> List(ClaimsPrincipal user, LeadBook leads, Guid? nodeId, Guid? chainId, LeadStage? stage, bool? stale, CancellationToken ct) =>
        TypedResults.Ok(await leads.ListAsync(user.ToActor().ZoneId, new LeadFilter(nodeId, chainId, stage, stale), ct));

    public static async Task<IResult> Export(ClaimsPrincipal user, LeadBook leads, TimeProvider clock, Guid? chainId, LeadStage? stage, bool? stale, CancellationToken ct)
    {
        var rows = (await leads.ListAsync(user.ToActor().ZoneId, new LeadFilter(null, chainId, stage, stale), ct))
            .Select(l => new LeadExportRow(l.Company, l.Location ?? string.Empty, l.Chain, l.Node, l.ExpectedInvestment, l.StageLabel, l.Owner, l.NextStep ?? string.Empty,
                l.NextStepOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty, l.DaysSinceStep, l.Stale ? "是" : "否"));
        return await ExcelExport.FileAsync(rows, "招商线索", clock, ct);
    }

    public static async Task<Ok<LeadDetail>> Get(Guid id, ClaimsPrincipal user, LeadBook leads, CancellationToken ct) =>
        TypedResults.Ok(await leads.GetAsync(user.ToActor().ZoneId, id, ct));

    public static async Task<Created<LeadDetail>> Create(LeadInput input, ClaimsPrincipal user, LeadBook leads, CancellationToken ct)
    {
        var lead = await leads.CreateAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/industry/leads/{lead.Lead.Id}", lead);
    }

    public static async Task<Ok<LeadDetail>> Step(Guid id, LeadStepInput input, ClaimsPrincipal user, LeadBook leads, CancellationToken ct) =>
        TypedResults.Ok(await leads.StepAsync(user.ToActor(), id, input, ct));
}
