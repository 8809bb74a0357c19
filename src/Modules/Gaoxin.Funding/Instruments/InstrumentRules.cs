using Gaoxin.Funding.Awards;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.Funding.Instruments;

/// <summary>The 先投后股 arithmetic, exact in decimals.</summary>
public static class EquityMath
{
    /// <summary>Conversion price per share = round price × (1 − discount), kept to 6 decimals.</summary>
    public static decimal ConversionPrice(decimal roundPrice, decimal discount) => decimal.Round(roundPrice * (1m - discount), 6, MidpointRounding.AwayFromZero);

    /// <summary>Stake = amount ÷ (round price × (1 − discount)); whole shares, rounded down (a fraction of a share is not issued).</summary>
    public static decimal Shares(decimal principal, decimal roundPrice, decimal discount) => decimal.Floor(principal / (roundPrice * (1m - discount)));

    /// <summary>合理回报上限: principal plus simple interest at the annual rate for the days held (365-day year), to the fen.</summary>
    public static decimal ReturnCap(decimal principal, decimal annualRate, DateOnly from, DateOnly to)
    {
        var days = Math.Max(0, to.DayNumber - from.DayNumber);
        return decimal.Round(principal * (1m + (annualRate * days / 365m)), 2, MidpointRounding.ToZero);
    }
}

public sealed record ConversionFacts(ConversionTrigger Trigger, DateOnly On, DateOnly ConvertibleFrom, bool CompanyRegistered, string? Round, decimal? RoundPrice);

/// <summary>转股触发条件: an outside round (with its price), the agreed date reached with the company registered, or agreement.</summary>
public sealed class ConversionTriggerMetRule : IBusinessRule<ConversionFacts>
{
    public string Name => nameof(ConversionTriggerMetRule);

    public RuleOutcome Check(ConversionFacts f)
    {
        if (f.RoundPrice is not > 0)
        {
            return RuleOutcome.Refuse(Name, "转股须给出每股价格（外部融资轮次价格或协商价格）。");
        }

        return f.Trigger switch
        {
            ConversionTrigger.OutsideRound when string.IsNullOrWhiteSpace(f.Round) => RuleOutcome.Refuse(Name, "以外部融资为触发条件时须写明融资轮次。"),
            ConversionTrigger.DateReached when f.On < f.ConvertibleFrom => RuleOutcome.Refuse(Name, $"约定转股日期 {f.ConvertibleFrom:yyyy-MM-dd} 未到。",
                new Dictionary<string, string> { ["convertibleFrom"] = f.ConvertibleFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }),
            ConversionTrigger.DateReached when !f.CompanyRegistered => RuleOutcome.Refuse(Name, "约定日期触发转股要求项目公司已注册。"),
            _ => RuleOutcome.Pass(Name),
        };
    }
}

public sealed record WriteOffFacts(DiligenceReview? Review, IReadOnlyCollection<string> ApprovingRoles);

/// <summary>核销须经尽职免责审查: a documented review, diligence shown, approved by both the operator and the zone admin.</summary>
public sealed class WriteOffRequiresApprovedReviewRule : IBusinessRule<WriteOffFacts>
{
    public static readonly string[] RequiredRoles = [Gaoxin.Kernel.Access.Roles.CenterOperator, Gaoxin.Kernel.Access.Roles.ZoneAdmin];

    public string Name => nameof(WriteOffRequiresApprovedReviewRule);

    public RuleOutcome Check(WriteOffFacts f)
    {
        if (f.Review is null)
        {
            return RuleOutcome.Refuse(Name, "核销前须完成尽职免责审查。");
        }

        if (!f.Review.DiligenceDocumented)
        {
            return RuleOutcome.Refuse(Name, "审查未记录已勤勉尽责，不适用尽职免责，不能核销。");
        }

        var missing = RequiredRoles.Where(r => !f.ApprovingRoles.Contains(r)).ToList();
        return missing.Count == 0
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, "尽职免责审查尚缺以下审批：" + string.Join("、", missing.Select(r => r == Gaoxin.Kernel.Access.Roles.ZoneAdmin ? "管委会" : "创新中心运营方")) + "。",
                new Dictionary<string, string> { ["approvals"] = string.Join(",", f.ApprovingRoles) });
    }
}

public sealed record DeadlineFacts(DateOnly On, DateOnly Deadline);

/// <summary>到期处理: an unconverted award is settled (grant, repayment or write-off) only once its deadline has passed.</summary>
public sealed class DeadlineReachedRule : IBusinessRule<DeadlineFacts>
{
    public string Name => nameof(DeadlineReachedRule);

    public RuleOutcome Check(DeadlineFacts f) => f.On >= f.Deadline
        ? RuleOutcome.Pass(Name)
        : RuleOutcome.Refuse(Name, $"先投后股期限 {f.Deadline:yyyy-MM-dd} 未到，不能按到期结清。",
            new Dictionary<string, string> { ["deadline"] = f.Deadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
}

internal static class RuleCheck
{
    public static void Enforce<T>(IBusinessRule<T> rule, T facts)
    {
        var outcome = rule.Check(facts);
        if (!outcome.Passed)
        {
            throw Refusal.ByRule(outcome);
        }
    }
}

internal static class InstrumentYuan
{
    public static string Show(decimal v) => Yuan.Show(v);
}
