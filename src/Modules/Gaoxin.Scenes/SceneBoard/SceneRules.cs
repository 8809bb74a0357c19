using System.Globalization;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.Scenes.SceneBoard;

/// <summary>Where a scene stands on the day a proposal comes in.</summary>
public sealed record ProposalWindow(SceneStatus Status, DateOnly Today, DateOnly ProposalsDueOn);

/// <summary>Proposals are taken only while the scene is open (征集中) and up to and including its due day.</summary>
public sealed class ProposalWindowRule : IBusinessRule<ProposalWindow>
{
    public string Name => nameof(ProposalWindowRule);

    public RuleOutcome Check(ProposalWindow facts)
    {
        if (facts.Status != SceneStatus.Published)
        {
            return RuleOutcome.Refuse(Name, "该场景未在征集中，不接受解决方案。");
        }

        return facts.Today > facts.ProposalsDueOn
            ? RuleOutcome.Refuse(Name, $"该场景的方案征集已于 {Day(facts.ProposalsDueOn)} 截止，不再接受解决方案。",
                new Dictionary<string, string> { ["征集截止日期"] = Day(facts.ProposalsDueOn), ["今天"] = Day(facts.Today) })
            : RuleOutcome.Pass(Name);
    }

    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The readiness a proposer claims against the scene's minimum.</summary>
public sealed record ReadinessFacts(int Proposed, int Minimum);

/// <summary>A solution must have reached the scene's minimum technology readiness level (GB/T 22900).</summary>
public sealed class ReadinessRule : IBusinessRule<ReadinessFacts>
{
    public string Name => nameof(ReadinessRule);

    public RuleOutcome Check(ReadinessFacts facts) =>
        facts.Proposed < facts.Minimum
            ? RuleOutcome.Refuse(Name, $"方案的技术成熟度（{facts.Proposed} 级）低于场景要求的最低成熟度（{facts.Minimum} 级）。",
                new Dictionary<string, string>
                {
                    ["方案成熟度"] = facts.Proposed.ToString(CultureInfo.InvariantCulture),
                    ["最低成熟度"] = facts.Minimum.ToString(CultureInfo.InvariantCulture),
                })
            : RuleOutcome.Pass(Name);
}

/// <summary>The certificates a scene requires and those the proposer holds, each a list in one text.</summary>
public sealed record CertificateFacts(string? Required, string? Held);

/// <summary>The proposer holds every certificate the scene requires (lists split on "、", "，", ","; trimmed; case-insensitive).</summary>
public sealed class CertificatesRule : IBusinessRule<CertificateFacts>
{
    public string Name => nameof(CertificatesRule);

    public static IReadOnlyList<string> Split(string? list) =>
        (list ?? string.Empty).Split(['、', '，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public RuleOutcome Check(CertificateFacts facts)
    {
        var held = Split(facts.Held).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = Split(facts.Required).Where(r => !held.Contains(r)).ToList();
        return missing.Count > 0
            ? RuleOutcome.Refuse(Name, $"缺少场景要求的资质：{string.Join("、", missing)}。", new Dictionary<string, string> { ["缺少资质"] = string.Join("、", missing) })
            : RuleOutcome.Pass(Name);
    }
}

/// <summary>A scene's timeline: when it opens, when proposals close, when the trial must end.</summary>
public sealed record SceneDates(DateOnly PublishedOn, DateOnly ProposalsDueOn, DateOnly? TrialEndsBy);

/// <summary>A scene's dates are in order: published ≤ proposals due ≤ trial ends by.</summary>
public sealed class SceneDatesRule : IBusinessRule<SceneDates>
{
    public string Name => nameof(SceneDatesRule);

    public RuleOutcome Check(SceneDates facts)
    {
        if (facts.ProposalsDueOn < facts.PublishedOn)
        {
            return RuleOutcome.Refuse(Name, $"方案征集截止日期（{ProposalWindowRule.Day(facts.ProposalsDueOn)}）不能早于发布日期（{ProposalWindowRule.Day(facts.PublishedOn)}）。");
        }

        return facts.TrialEndsBy is { } end && end < facts.ProposalsDueOn
            ? RuleOutcome.Refuse(Name, $"场景验证截止日期（{ProposalWindowRule.Day(end)}）不能早于方案征集截止日期（{ProposalWindowRule.Day(facts.ProposalsDueOn)}）。")
            : RuleOutcome.Pass(Name);
    }
}

/// <summary>What the owner offers and the budget stated.</summary>
public sealed record BudgetFacts(SceneOffer Offers, decimal? Budget);

/// <summary>A budget is never negative, and is required when a budget or a purchase commitment is offered.</summary>
public sealed class BudgetRule : IBusinessRule<BudgetFacts>
{
    public string Name => nameof(BudgetRule);

    public RuleOutcome Check(BudgetFacts facts)
    {
        if (facts.Budget is < 0)
        {
            return RuleOutcome.Refuse(Name, "预算金额不能为负数。");
        }

        var needed = (facts.Offers & (SceneOffer.Budget | SceneOffer.PurchaseCommitment)) != 0;
        return needed && facts.Budget is null
            ? RuleOutcome.Refuse(Name, "提供经费支持或采购承诺的场景须填写预算金额（元）。")
            : RuleOutcome.Pass(Name);
    }
}

/// <summary>An outcome for a proposal and the reason given.</summary>
public sealed record OutcomeFacts(ProposalStatus Outcome, string? Reason);

/// <summary>A declined proposal and a failed trial need a reason the proposer can read.</summary>
public sealed class OutcomeReasonRule : IBusinessRule<OutcomeFacts>
{
    public string Name => nameof(OutcomeReasonRule);

    public RuleOutcome Check(OutcomeFacts facts) =>
        facts.Outcome is ProposalStatus.Declined or ProposalStatus.TrialFailed && string.IsNullOrWhiteSpace(facts.Reason)
            ? RuleOutcome.Refuse(Name, facts.Outcome == ProposalStatus.Declined ? "未入围须填写原因。" : "验证未通过须填写验证结论和原因。")
            : RuleOutcome.Pass(Name);
}

/// <summary>The day a trial result is recorded, against the trial's start and the scene's trial deadline.</summary>
public sealed record TrialDay(DateOnly Day, DateOnly StartedOn, DateOnly? TrialEndsBy);

/// <summary>A trial ends no earlier than it started and no later than the scene's trial deadline.</summary>
public sealed class TrialDayRule : IBusinessRule<TrialDay>
{
    public string Name => nameof(TrialDayRule);

    public RuleOutcome Check(TrialDay facts)
    {
        if (facts.Day < facts.StartedOn)
        {
            return RuleOutcome.Refuse(Name, $"验证结束日期不能早于验证开始日期（{ProposalWindowRule.Day(facts.StartedOn)}）。");
        }

        return facts.TrialEndsBy is { } end && facts.Day > end
            ? RuleOutcome.Refuse(Name, $"验证结束日期不能晚于场景的验证截止日期（{ProposalWindowRule.Day(end)}）。")
            : RuleOutcome.Pass(Name);
    }
}
