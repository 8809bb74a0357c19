using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Gaoxin.Contracts.Capital;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Funding.Ledger;
using Gaoxin.Funding.Policy;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Funding.Assessment;

/// <summary>运营方年度考核: the year's KPIs, the weighted score and the operating funds it earns.</summary>
public sealed class OperatorAssessment : IZoneScoped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public ZoneId ZoneId { get; init; }
    public int Year { get; set; }
    public string KpisJson { get; set; } = "[]";
    public decimal Score { get; set; }
    public decimal Factor { get; set; }
    public decimal BaseFee { get; set; }
    public decimal OperatingFunds { get; set; }
    public bool RectificationNotice { get; set; }
    public int PolicyVersion { get; set; }
    public string AssessedBy { get; set; } = string.Empty;
    public DateTimeOffset AssessedAt { get; set; }
    public string? Note { get; set; }

    public IReadOnlyList<KpiResult> Kpis() => JsonSerializer.Deserialize<List<KpiResult>>(KpisJson) ?? [];
}

/// <summary>One KPI: its actual value and where it came from ("computed" from the platform's data, "entered", or "missing").</summary>
public sealed record KpiResult(string Key, string Title, string Unit, decimal? Actual, decimal Target, decimal Weight, decimal Attainment, string Source);

/// <summary>Values the operator enters where the platform has no data (follow-on investment when no round closed in the year; others when their module is absent).</summary>
public sealed record AssessmentInput(
    [property: Range(2000, 2100, ErrorMessage = "考核年度无效。")] int Year,
    [property: Range(0, 100000, ErrorMessage = "转化项目数应在 0–100000 之间。")] decimal? Conversions,
    [property: Precision(9, 4), Range(0, 1, ErrorMessage = "成功率应在 0–1 之间。")] decimal? SuccessRate,
    [property: Range(0, 1_000_000_000_000, ErrorMessage = "新增产值超出范围。")] decimal? NewOutput,
    [property: Range(0, 1_000_000_000_000, ErrorMessage = "带动后续投资超出范围。")] decimal? FollowOnInvestment,
    [property: Range(0, 100000, ErrorMessage = "孵化企业数应在 0–100000 之间。")] decimal? EnterprisesIncubated,
    [property: StringLength(2000)] string? Note);

public sealed record AssessmentView(int Year, IReadOnlyList<KpiResult> Kpis, decimal Score, decimal Factor, decimal BaseFee, decimal OperatingFunds, bool RectificationNotice, int PolicyVersion, bool Stored, string? AssessedBy, string? Note);

internal sealed class AssessmentService(GaoxinDbContext db, PolicyBook policies, IServiceProvider services, TimeProvider clock)
{
    public async Task<AssessmentView> ComputeAsync(ZoneId zone, AssessmentInput input, CancellationToken ct)
    {
        var policy = await policies.InForceAsync(zone, new DateOnly(input.Year, 12, 31), ct);
        var figures = services.GetService<IRelayFigures>() is { } relay ? await relay.ForYearAsync(zone.Value, input.Year, ct) : null;
        var position = await FundLedger.PositionAsync(db, zone, input.Year, ct);
        // 后续投资 from the rounds closed in the year when Capital has any; the figure typed in stays the fallback.
        var followOn = services.GetService<IFollowOnInvestment>() is { } capital
            ? await capital.ClosedInAsync(zone.Value, new DateOnly(input.Year, 1, 1), new DateOnly(input.Year, 12, 31), ct)
            : null;
        decimal? utilisation = position.Budget > 0 ? decimal.Round(position.Committed / position.Budget, 4) : null;

        var kpis = new List<KpiResult>
        {
            Kpi("Conversions", "年度成果转化项目数", "项", figures?.ConversionsInYear, input.Conversions, policy.TargetConversions, policy.WeightConversions),
            Kpi("SuccessRate", "中试到产业化成功率", "%", figures?.WithPilot.Rate, input.SuccessRate, policy.TargetSuccessRate, policy.WeightSuccessRate),
            Kpi("NewOutput", "转化项目新增年产值", "元", figures?.NewOutputInYear, input.NewOutput, policy.TargetNewOutput, policy.WeightNewOutput),
            Kpi("FundUtilisation", "专项资金使用率", "%", utilisation, null, policy.TargetUtilisation, policy.WeightUtilisation),
            Kpi("FollowOn", "带动后续投资", "元", followOn?.Total, input.FollowOnInvestment, policy.TargetFollowOn, policy.WeightFollowOn),
            Kpi("Incubated", "孵化企业数", "家", figures?.EnterprisesIncubated, input.EnterprisesIncubated, policy.TargetIncubated, policy.WeightIncubated),
        };
        var score = ScoreOf(kpis);
        var factor = policy.FactorFor(score);
        return new AssessmentView(input.Year, kpis, score, factor, policy.OperatorBaseFee, decimal.Round(policy.OperatorBaseFee * factor, 2, MidpointRounding.AwayFromZero),
            factor == 0m, policy.Version, false, null, input.Note);
    }

    /// <summary>Score 0–100: Σ weight × min(actual ÷ target, 1) ÷ Σ weight × 100; a missing KPI attains 0.</summary>
    public static decimal ScoreOf(IReadOnlyList<KpiResult> kpis)
    {
        var weights = kpis.Sum(k => k.Weight);
        return weights == 0 ? 0m : decimal.Round(kpis.Sum(k => k.Weight * k.Attainment) / weights * 100m, 2, MidpointRounding.AwayFromZero);
    }

    public static KpiResult Kpi(string key, string title, string unit, decimal? computed, decimal? entered, decimal target, decimal weight)
    {
        var (actual, source) = computed is not null ? (computed, "computed") : entered is not null ? (entered, "entered") : ((decimal?)null, "missing");
        var attainment = actual is null || target <= 0 ? 0m : Math.Min(1m, decimal.Round(actual.Value / target, 4));
        return new KpiResult(key, title, unit, actual, target, weight, attainment, source);
    }

    public async Task<AssessmentView> SaveAsync(ZoneId zone, string actorName, AssessmentInput input, CancellationToken ct)
    {
        var view = await ComputeAsync(zone, input, ct);
        var row = await db.Set<OperatorAssessment>().FirstOrDefaultAsync(a => a.ZoneId == zone && a.Year == input.Year, ct);
        if (row is null)
        {
            row = new OperatorAssessment { ZoneId = zone, Year = input.Year };
            db.Add(row);
        }

        row.KpisJson = JsonSerializer.Serialize(view.Kpis);
        row.Score = view.Score;
        row.Factor = view.Factor;
        row.BaseFee = view.BaseFee;
        row.OperatingFunds = view.OperatingFunds;
        row.RectificationNotice = view.RectificationNotice;
        row.PolicyVersion = view.PolicyVersion;
        row.AssessedBy = actorName;
        row.AssessedAt = clock.GetUtcNow();
        row.Note = input.Note;
        await db.SaveChangesAsync(ct);
        return view with { Stored = true, AssessedBy = actorName };
    }

    public async Task<AssessmentView?> StoredAsync(ZoneId zone, int year, CancellationToken ct)
    {
        var a = await db.Set<OperatorAssessment>().AsNoTracking().FirstOrDefaultAsync(x => x.ZoneId == zone && x.Year == year, ct);
        return a is null ? null : new AssessmentView(a.Year, a.Kpis(), a.Score, a.Factor, a.BaseFee, a.OperatingFunds, a.RectificationNotice, a.PolicyVersion, true, a.AssessedBy, a.Note);
    }
}
