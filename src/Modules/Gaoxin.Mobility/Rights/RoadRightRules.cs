using System.Globalization;
using Gaoxin.Kernel.Rules;
using Gaoxin.Mobility.Fleet;
using Gaoxin.Mobility.Policy;

namespace Gaoxin.Mobility.Rights;

/// <summary>One listed vehicle as the preconditions see it: how a person knows it (plate, else VIN), whose it is, and its eligibility that day.</summary>
public sealed record RightVehicleFact(Guid VehicleId, string Label, Guid OperatorId, Eligibility Eligibility);

/// <summary>What the grant preconditions look at: the application, the day and the policy version in force that day.</summary>
public sealed record RoadRightFacts(
    Guid OperatorId,
    IReadOnlyList<RightVehicleFact> Vehicles,
    int SpeedLimitKmh,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    IReadOnlyList<string> Areas,
    DateOnly On,
    MobilityPolicy Policy);

/// <summary>车辆属于申请单位：at least one vehicle, every one of them the applying operator's.</summary>
public sealed class VehiclesOfOperatorRule : IBusinessRule<RoadRightFacts>
{
    public string Name => nameof(VehiclesOfOperatorRule);

    public RuleOutcome Check(RoadRightFacts f)
    {
        if (f.Vehicles.Count == 0)
        {
            return RuleOutcome.Refuse(Name, "路权许可须列明至少一辆车辆。");
        }

        var foreign = f.Vehicles.FirstOrDefault(v => v.OperatorId != f.OperatorId);
        return foreign is null
            ? RuleOutcome.Pass(Name, $"{f.Vehicles.Count} 辆车辆均属申请单位。")
            : RuleOutcome.Refuse(Name, $"车辆 {foreign.Label} 不属于申请单位：只能为本单位的车辆申请路权。", new Dictionary<string, string> { ["vehicle"] = foreign.Label });
    }
}

/// <summary>车辆具备资格：every listed vehicle passes all six eligibility rules of the fleet on the day (insurance, road test, safety staff, size, design speed, VIN).</summary>
public sealed class VehiclesEligibleRule : IBusinessRule<RoadRightFacts>
{
    public string Name => nameof(VehiclesEligibleRule);

    public RuleOutcome Check(RoadRightFacts f)
    {
        foreach (var v in f.Vehicles)
        {
            if (v.Eligibility.FirstFailure is { } failed)
            {
                return RuleOutcome.Refuse(Name, $"车辆 {v.Label} 不具备资格（{FleetLabels.Rule(failed.Rule)}）：{failed.Message}",
                    new Dictionary<string, string> { ["vehicle"] = v.Label, ["vehicleRule"] = failed.Rule, ["on"] = RuleFormat.Day(f.On) });
            }
        }

        return RuleOutcome.Pass(Name, $"{f.Vehicles.Count} 辆车辆于 {RuleFormat.Day(f.On)} 均具备资格。");
    }
}

/// <summary>限速不超过政策上限：1 km/h up to the policy's maximum speed (the maximum itself allowed).</summary>
public sealed class SpeedLimitWithinPolicyRule : IBusinessRule<RoadRightFacts>
{
    public string Name => nameof(SpeedLimitWithinPolicyRule);

    public RuleOutcome Check(RoadRightFacts f)
    {
        var max = f.Policy.MaxDesignSpeedKmh;
        return f.SpeedLimitKmh >= 1 && f.SpeedLimitKmh <= max
            ? RuleOutcome.Pass(Name, $"限速 {f.SpeedLimitKmh} km/h，不超过政策上限 {max} km/h。")
            : RuleOutcome.Refuse(Name, $"限速 {f.SpeedLimitKmh} km/h 不在 1 至 {max} km/h（第 {f.Policy.Version} 版政策上限）之间。",
                new Dictionary<string, string> { ["speedLimit"] = N(f.SpeedLimitKmh), ["maximum"] = N(max) });
    }

    private static string N(int x) => x.ToString(CultureInfo.InvariantCulture);
}

/// <summary>有效期合理：from before to, not longer than the policy allows (both ends counted), and not already over on the day.</summary>
public sealed class ValiditySaneRule : IBusinessRule<RoadRightFacts>
{
    public string Name => nameof(ValiditySaneRule);

    public RuleOutcome Check(RoadRightFacts f)
    {
        var span = $"{RuleFormat.Day(f.ValidFrom)} 至 {RuleFormat.Day(f.ValidTo)}";
        if (f.ValidFrom >= f.ValidTo)
        {
            return RuleOutcome.Refuse(Name, $"有效期 {span} 不成立：起始日须早于截止日。", Figures(f));
        }

        var days = f.ValidTo.DayNumber - f.ValidFrom.DayNumber + 1;
        var max = f.Policy.RoadRightMaxDays;
        if (days > max)
        {
            return RuleOutcome.Refuse(Name, $"有效期 {span} 共 {days} 天，超过政策允许的 {max} 天。", Figures(f));
        }

        return f.ValidTo < f.On
            ? RuleOutcome.Refuse(Name, $"有效期 {span} 已于 {RuleFormat.Day(f.On)} 前届满。", Figures(f))
            : RuleOutcome.Pass(Name, $"有效期 {span}，共 {days} 天（上限 {max} 天）。");
    }

    private static Dictionary<string, string> Figures(RoadRightFacts f) => new()
    {
        ["validFrom"] = RuleFormat.Day(f.ValidFrom),
        ["validTo"] = RuleFormat.Day(f.ValidTo),
        ["maxDays"] = f.Policy.RoadRightMaxDays.ToString(CultureInfo.InvariantCulture),
    };
}

/// <summary>准许区域有效：at least one area, each a valid polygon near Zigong (<see cref="GeoAreas"/>).</summary>
public sealed class AreasValidRule : IBusinessRule<RoadRightFacts>
{
    public string Name => nameof(AreasValidRule);

    public RuleOutcome Check(RoadRightFacts f)
    {
        if (f.Areas.Count == 0)
        {
            return RuleOutcome.Refuse(Name, "路权许可须划定至少一个准许区域。");
        }

        for (var i = 0; i < f.Areas.Count; i++)
        {
            var area = GeoAreas.Parse(f.Areas[i]);
            if (!area.Valid)
            {
                return RuleOutcome.Refuse(Name, $"第 {i + 1} 个区域：{area.Message}", new Dictionary<string, string> { ["area"] = (i + 1).ToString(CultureInfo.InvariantCulture) });
            }
        }

        return RuleOutcome.Pass(Name, $"{f.Areas.Count} 个准许区域均有效。");
    }
}

/// <summary>The preconditions of a grant, in the order they are shown.</summary>
public static class RoadRightRules
{
    public static readonly IReadOnlyList<IBusinessRule<RoadRightFacts>> All =
    [
        new VehiclesOfOperatorRule(), new VehiclesEligibleRule(), new SpeedLimitWithinPolicyRule(), new ValiditySaneRule(), new AreasValidRule(),
    ];

    /// <summary>What an application itself must satisfy (a vehicle may still become eligible before the decision).</summary>
    public static readonly IReadOnlySet<string> AtApplication = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(VehiclesOfOperatorRule), nameof(SpeedLimitWithinPolicyRule), nameof(ValiditySaneRule), nameof(AreasValidRule),
    };

    public static IReadOnlyList<RuleOutcome> Check(RoadRightFacts facts) => BusinessRules.CheckAll(facts, All);

    public static string Title(string rule) => rule switch
    {
        nameof(VehiclesOfOperatorRule) => "车辆归属",
        nameof(VehiclesEligibleRule) => "车辆资格",
        nameof(SpeedLimitWithinPolicyRule) => "限速",
        nameof(ValiditySaneRule) => "有效期",
        nameof(AreasValidRule) => "准许区域",
        _ => rule,
    };
}
