using Gaoxin.Kernel.Zones;

namespace Gaoxin.Funding.Policy;

/// <summary>
/// One version of the pilot fund's policy (中试专项资金管理办法), in force from <see cref="EffectiveFrom"/> until the next
/// version's date. Every number the report does not fix is a parameter here; decisions record the version they used.
/// </summary>
public sealed class FundingPolicy : IZoneScoped
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; init; }

    public int Version { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public string Note { get; set; } = string.Empty;

    /// <summary>年度预算（元）</summary>
    public decimal AnnualBudget { get; set; }

    /// <summary>单个项目累计支持上限（元），跨年度</summary>
    public decimal ProjectCap { get; set; }

    public decimal GradeAMinScore { get; set; }
    public decimal GradeBMinScore { get; set; }
    public decimal GradeCMinScore { get; set; }

    public decimal GradeACeiling { get; set; }
    public decimal GradeBCeiling { get; set; }
    public decimal GradeCCeiling { get; set; }

    /// <summary>Share of eligible pilot cost that may be funded, as a fraction (0.50 = 50%).</summary>
    public decimal GradeAShare { get; set; }
    public decimal GradeBShare { get; set; }
    public decimal GradeCShare { get; set; }

    /// <summary>Tranche schedule: on signing, on the pilot milestone, on acceptance (fractions summing to 1).</summary>
    public decimal TrancheSigning { get; set; }
    public decimal TranchePilot { get; set; }
    public decimal TrancheAcceptance { get; set; }

    /// <summary>先投后股 conversion discount on the round price (0.20 = 20%).</summary>
    public decimal ConversionDiscount { get; set; }

    /// <summary>Reasonable-return cap as a simple annual rate (1.5 × one-year LPR 3.0% = 4.5%).</summary>
    public decimal ReturnAnnualRate { get; set; }

    /// <summary>Years after approval by which an unconverted 先投后股 award is settled.</summary>
    public int DeadlineYears { get; set; }

    /// <summary>Years after approval after which the "date reached" conversion trigger applies.</summary>
    public int ConversionAfterYears { get; set; }

    public string EquityHolder { get; set; } = string.Empty;

    // Operator assessment (运营方年度考核): targets, weights, base fee, factors by band.
    public decimal TargetConversions { get; set; }
    public decimal TargetSuccessRate { get; set; }
    public decimal TargetNewOutput { get; set; }
    public decimal TargetUtilisation { get; set; }
    public decimal TargetFollowOn { get; set; }
    public decimal TargetIncubated { get; set; }

    public decimal WeightConversions { get; set; }
    public decimal WeightSuccessRate { get; set; }
    public decimal WeightNewOutput { get; set; }
    public decimal WeightUtilisation { get; set; }
    public decimal WeightFollowOn { get; set; }
    public decimal WeightIncubated { get; set; }

    public decimal OperatorBaseFee { get; set; }

    /// <summary>Fee factor for a score ≥ 90, 80–90, 70–80, 60–70; below 60 the factor is 0 with a rectification notice.</summary>
    public decimal Factor90 { get; set; }
    public decimal Factor80 { get; set; }
    public decimal Factor70 { get; set; }
    public decimal Factor60 { get; set; }

    /// <summary>The grade a screening score earns ("A", "B", "C"), or null below C (not supported).</summary>
    public string? GradeFor(decimal? score) => score switch
    {
        null => null,
        _ when score >= GradeAMinScore => "A",
        _ when score >= GradeBMinScore => "B",
        _ when score >= GradeCMinScore => "C",
        _ => null,
    };

    public decimal CeilingFor(string? grade) => grade switch { "A" => GradeACeiling, "B" => GradeBCeiling, "C" => GradeCCeiling, _ => 0m };

    public decimal ShareFor(string? grade) => grade switch { "A" => GradeAShare, "B" => GradeBShare, "C" => GradeCShare, _ => 0m };

    public decimal FactorFor(decimal score) => score switch
    {
        >= 90m => Factor90,
        >= 80m => Factor80,
        >= 70m => Factor70,
        >= 60m => Factor60,
        _ => 0m,
    };

    /// <summary>The example values of the rules (rules/funding.md) as version 1.</summary>
    public static FundingPolicy Defaults(ZoneId zone, DateOnly effectiveFrom) => new()
    {
        ZoneId = zone,
        Version = 1,
        EffectiveFrom = effectiveFrom,
        Note = "首版：按报告示例参数",
        AnnualBudget = 20_000_000m,
        ProjectCap = 5_000_000m,
        GradeAMinScore = 85m,
        GradeBMinScore = 75m,
        GradeCMinScore = 60m,
        GradeACeiling = 5_000_000m,
        GradeBCeiling = 3_000_000m,
        GradeCCeiling = 1_000_000m,
        GradeAShare = 0.50m,
        GradeBShare = 0.40m,
        GradeCShare = 0.30m,
        TrancheSigning = 0.40m,
        TranchePilot = 0.40m,
        TrancheAcceptance = 0.20m,
        ConversionDiscount = 0.20m,
        ReturnAnnualRate = 0.045m,
        DeadlineYears = 5,
        ConversionAfterYears = 3,
        EquityHolder = "自贡高新区产业投资集团",
        TargetConversions = 10m,
        TargetSuccessRate = 0.80m,
        TargetNewOutput = 500_000_000m,
        TargetUtilisation = 0.90m,
        TargetFollowOn = 50_000_000m,
        TargetIncubated = 5m,
        WeightConversions = 25m,
        WeightSuccessRate = 20m,
        WeightNewOutput = 20m,
        WeightUtilisation = 15m,
        WeightFollowOn = 10m,
        WeightIncubated = 10m,
        OperatorBaseFee = 3_000_000m,
        Factor90 = 1.2m,
        Factor80 = 1.0m,
        Factor70 = 0.8m,
        Factor60 = 0.6m,
    };

    /// <summary>A copy of this version's parameters as the next version, to be edited before saving.</summary>
    public FundingPolicy NextVersion(DateOnly effectiveFrom)
    {
        var copy = new FundingPolicy { ZoneId = ZoneId };
        foreach (var p in typeof(FundingPolicy).GetProperties().Where(p => p.CanWrite && p.Name is not nameof(Id) and not nameof(ZoneId)))
        {
            p.SetValue(copy, p.GetValue(this));
        }

        copy.Version = Version + 1;
        copy.EffectiveFrom = effectiveFrom;
        return copy;
    }
}
