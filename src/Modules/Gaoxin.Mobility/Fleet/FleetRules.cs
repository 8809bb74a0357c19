using System.Globalization;
using Gaoxin.Kernel.Rules;
using Gaoxin.Mobility.Policy;

namespace Gaoxin.Mobility.Fleet;

/// <summary>What the eligibility rules look at: the vehicle as recorded, the day, and the policy version in force that day.</summary>
public sealed record EligibilityFacts(
    string Vin,
    int LengthMm,
    int WidthMm,
    int HeightMm,
    int DesignSpeedKmh,
    IReadOnlyList<InsuranceFact> Insurance,
    IReadOnlyList<StaffFact> Staff,
    IReadOnlyList<RoadTestFact> RoadTests,
    DateOnly On,
    MobilityPolicy Policy)
{
    public static EligibilityFacts Of(Vehicle v, DateOnly on, MobilityPolicy policy) => new(v.Vin, v.LengthMm, v.WidthMm, v.HeightMm, v.DesignSpeedKmh,
        v.Insurance.Select(i => new InsuranceFact(i.Insurer, i.Amount, i.ValidFrom, i.ValidTo)).ToList(),
        v.Staff.Select(s => new StaffFact(s.Name, s.Role, s.AssignedOn, s.EndedOn)).ToList(),
        v.RoadTests.Select(r => new RoadTestFact(r.On, r.Hours, r.Km)).ToList(), on, policy);
}

public sealed record InsuranceFact(string Insurer, decimal Amount, DateOnly ValidFrom, DateOnly ValidTo);

public sealed record StaffFact(string Name, StaffRole Role, DateOnly AssignedOn, DateOnly? EndedOn);

public sealed record RoadTestFact(DateOnly On, decimal Hours, decimal Km);

internal static class RuleFormat
{
    public static string Yuan(decimal amount) => amount % 10_000m == 0m
        ? (amount / 10_000m).ToString("#,0", CultureInfo.InvariantCulture) + " 万元"
        : amount.ToString("#,0.00", CultureInfo.InvariantCulture) + " 元";

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string N(decimal x) => x.ToString("0.#", CultureInfo.InvariantCulture);
}

/// <summary>保险有效：on the day, at least one policy is in its validity (both ends included) with an amount of at least the minimum.</summary>
public sealed class InsuranceValidRule : IBusinessRule<EligibilityFacts>
{
    public string Name => nameof(InsuranceValidRule);

    public RuleOutcome Check(EligibilityFacts f)
    {
        var minimum = f.Policy.InsuranceMinimum;
        var valid = f.Insurance.Where(i => i.ValidFrom <= f.On && f.On <= i.ValidTo).OrderByDescending(i => i.Amount).ToList();
        var enough = valid.FirstOrDefault(i => i.Amount >= minimum);
        if (enough is not null)
        {
            return RuleOutcome.Pass(Name, $"保险有效：{enough.Insurer}，保额 {RuleFormat.Yuan(enough.Amount)}，至 {RuleFormat.Day(enough.ValidTo)}（最低 {RuleFormat.Yuan(minimum)}）。");
        }

        var figures = new Dictionary<string, string>
        {
            ["on"] = RuleFormat.Day(f.On),
            ["minimum"] = minimum.ToString("0.00", CultureInfo.InvariantCulture),
        };
        if (valid.Count > 0)
        {
            figures["amount"] = valid[0].Amount.ToString("0.00", CultureInfo.InvariantCulture);
            return RuleOutcome.Refuse(Name, $"保额不足：{RuleFormat.Day(f.On)} 有效的保险最高保额 {RuleFormat.Yuan(valid[0].Amount)}，低于最低保额 {RuleFormat.Yuan(minimum)}。", figures);
        }

        var lastTo = f.Insurance.Where(i => i.ValidTo < f.On).Select(i => (DateOnly?)i.ValidTo).Max();
        if (lastTo is { } expired)
        {
            figures["expiredOn"] = RuleFormat.Day(expired);
            return RuleOutcome.Refuse(Name, $"保险已过期：最近一份保险止于 {RuleFormat.Day(expired)}，{RuleFormat.Day(f.On)} 无有效保险。", figures);
        }

        return RuleOutcome.Refuse(Name, $"无有效保险：{RuleFormat.Day(f.On)} 没有在保险期内的保单。", figures);
    }
}

/// <summary>道路测试完成：the road tests up to the day add up to at least the hours OR at least the km of the policy.</summary>
public sealed class RoadTestDoneRule : IBusinessRule<EligibilityFacts>
{
    public string Name => nameof(RoadTestDoneRule);

    public RuleOutcome Check(EligibilityFacts f)
    {
        var done = f.RoadTests.Where(r => r.On <= f.On).ToList();
        var hours = done.Sum(r => r.Hours);
        var km = done.Sum(r => r.Km);
        var needHours = f.Policy.RoadTestHours;
        var needKm = f.Policy.RoadTestKm;
        var text = $"道路测试累计 {RuleFormat.N(hours)} 小时、{RuleFormat.N(km)} 公里（要求 ≥ {RuleFormat.N(needHours)} 小时或 ≥ {RuleFormat.N(needKm)} 公里）";
        return hours >= needHours || km >= needKm
            ? RuleOutcome.Pass(Name, $"道路测试已完成：{text}。")
            : RuleOutcome.Refuse(Name, $"道路测试未完成：{text}。", new Dictionary<string, string>
            {
                ["hours"] = RuleFormat.N(hours),
                ["km"] = RuleFormat.N(km),
                ["requiredHours"] = RuleFormat.N(needHours),
                ["requiredKm"] = RuleFormat.N(needKm),
            });
    }
}

/// <summary>安全员到岗：on the day, at least one safety officer or remote supervisor is on duty for the vehicle.</summary>
public sealed class SafetyOfficerAssignedRule : IBusinessRule<EligibilityFacts>
{
    public string Name => nameof(SafetyOfficerAssignedRule);

    public RuleOutcome Check(EligibilityFacts f)
    {
        var onDuty = f.Staff.Where(s => s.AssignedOn <= f.On && (s.EndedOn is null || f.On < s.EndedOn)).ToList();
        if (onDuty.Count == 0)
        {
            return RuleOutcome.Refuse(Name, $"未配备安全员：{RuleFormat.Day(f.On)} 没有在岗的安全员或远程安全员。", new Dictionary<string, string> { ["on"] = RuleFormat.Day(f.On) });
        }

        var officers = onDuty.Count(s => s.Role == StaffRole.SafetyOfficer);
        var remote = onDuty.Count(s => s.Role == StaffRole.RemoteSupervisor);
        return RuleOutcome.Pass(Name, $"已配备安全人员：安全员 {officers} 名，远程安全员 {remote} 名。");
    }
}

/// <summary>车辆尺寸合规：length, width and height each at most the policy's maximum (the maximum itself allowed).</summary>
public sealed class VehicleWithinSizeRule : IBusinessRule<EligibilityFacts>
{
    public string Name => nameof(VehicleWithinSizeRule);

    public RuleOutcome Check(EligibilityFacts f)
    {
        var p = f.Policy;
        var size = $"{f.LengthMm}×{f.WidthMm}×{f.HeightMm} 毫米";
        var limit = $"{p.MaxLengthMm}×{p.MaxWidthMm}×{p.MaxHeightMm} 毫米";
        var over = new List<string>();
        if (f.LengthMm > p.MaxLengthMm)
        {
            over.Add("车长");
        }

        if (f.WidthMm > p.MaxWidthMm)
        {
            over.Add("车宽");
        }

        if (f.HeightMm > p.MaxHeightMm)
        {
            over.Add("车高");
        }

        return over.Count == 0
            ? RuleOutcome.Pass(Name, $"尺寸合规：{size}（上限 {limit}）。")
            : RuleOutcome.Refuse(Name, $"尺寸超限：{string.Join("、", over)}超出上限（{size}，上限 {limit}）。", new Dictionary<string, string>
            {
                ["size"] = $"{f.LengthMm}x{f.WidthMm}x{f.HeightMm}",
                ["limit"] = $"{p.MaxLengthMm}x{p.MaxWidthMm}x{p.MaxHeightMm}",
            });
    }
}

/// <summary>设计车速合规：the design speed at most the policy's limit (the limit itself allowed).</summary>
public sealed class DesignSpeedWithinLimitRule : IBusinessRule<EligibilityFacts>
{
    public string Name => nameof(DesignSpeedWithinLimitRule);

    public RuleOutcome Check(EligibilityFacts f) => f.DesignSpeedKmh <= f.Policy.MaxDesignSpeedKmh
        ? RuleOutcome.Pass(Name, $"设计车速合规：{f.DesignSpeedKmh} km/h（上限 {f.Policy.MaxDesignSpeedKmh} km/h）。")
        : RuleOutcome.Refuse(Name, $"设计车速超限：{f.DesignSpeedKmh} km/h，上限 {f.Policy.MaxDesignSpeedKmh} km/h。", new Dictionary<string, string>
        {
            ["speed"] = f.DesignSpeedKmh.ToString(CultureInfo.InvariantCulture),
            ["limit"] = f.Policy.MaxDesignSpeedKmh.ToString(CultureInfo.InvariantCulture),
        });
}

/// <summary>VIN 校验位正确 (GB 16735 / ISO 3779): the ninth character is the check digit of the other sixteen.</summary>
public sealed class VinCheckDigitRule : IBusinessRule<EligibilityFacts>
{
    public string Name => nameof(VinCheckDigitRule);

    public RuleOutcome Check(EligibilityFacts f)
    {
        if (!Vin.IsWellFormed(f.Vin))
        {
            return RuleOutcome.Refuse(Name, "车辆识别代号格式不正确：须为 17 位数字或大写字母，且不含 I、O、Q。", new Dictionary<string, string> { ["vin"] = f.Vin });
        }

        var expected = Vin.ExpectedCheckDigit(f.Vin);
        return f.Vin[8] == expected
            ? RuleOutcome.Pass(Name, "车辆识别代号校验位正确。")
            : RuleOutcome.Refuse(Name, $"车辆识别代号校验位不正确：第 9 位为 {f.Vin[8]}，按 GB 16735 应为 {expected}。", new Dictionary<string, string>
            {
                ["vin"] = f.Vin,
                ["checkDigit"] = f.Vin[8].ToString(),
                ["expected"] = expected.ToString(),
            });
    }

    /// <summary>Checks only the VIN (registration refuses a VIN whose check digit is wrong).</summary>
    public RuleOutcome CheckVin(string vin) => Check(new EligibilityFacts(vin, 0, 0, 0, 0, [], [], [], default, MobilityPolicy.Defaults(default)));
}

/// <summary>A vehicle's eligibility (资格) on a day: every rule's outcome, with its Chinese reason, under one policy version.</summary>
public sealed record Eligibility(Guid VehicleId, DateOnly On, int PolicyVersion, bool Eligible, IReadOnlyList<RuleOutcome> Checks)
{
    /// <summary>The rules, in the order they are shown.</summary>
    public static readonly IReadOnlyList<IBusinessRule<EligibilityFacts>> Rules =
    [
        new VinCheckDigitRule(), new VehicleWithinSizeRule(), new DesignSpeedWithinLimitRule(), new InsuranceValidRule(), new RoadTestDoneRule(), new SafetyOfficerAssignedRule(),
    ];

    public static Eligibility Of(Guid vehicleId, EligibilityFacts facts)
    {
        var checks = BusinessRules.CheckAll(facts, Rules);
        return new Eligibility(vehicleId, facts.On, facts.Policy.Version, checks.All(c => c.Passed), checks);
    }

    /// <summary>The first failed rule (what a refusal names), or null when eligible.</summary>
    public RuleOutcome? FirstFailure => Checks.FirstOrDefault(c => !c.Passed);
}
