using System.Globalization;
using System.Text;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.Platforms.Registry;

/// <summary>How names are compared for duplicates: NFKC (full-width to half-width), no whitespace or middle dots, case-folded.</summary>
public static class PlatformNames
{
    public static string Normalise(string name)
    {
        var folded = name.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c) && c is not ('·' or '•' or '・'))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }
}

/// <summary>The evaluation cycle per level (评估周期, years): national 5, provincial 3, municipal 2, as the zone's management rules set them.</summary>
public static class EvaluationCycle
{
    public static int YearsFor(PlatformLevel level) => level switch
    {
        PlatformLevel.National => 5,
        PlatformLevel.Provincial => 3,
        _ => 2,
    };
}

public sealed record DuplicateFacts(string Name, IReadOnlyList<string> OtherNamesOfHost);

/// <summary>One host does not register the same platform twice: same name once normalised (重复登记).</summary>
public sealed class DuplicatePlatformRule : IBusinessRule<DuplicateFacts>
{
    public string Name => nameof(DuplicatePlatformRule);

    public RuleOutcome Check(DuplicateFacts facts)
    {
        var wanted = PlatformNames.Normalise(facts.Name);
        return facts.OtherNamesOfHost.Any(n => PlatformNames.Normalise(n) == wanted)
            ? RuleOutcome.Refuse(Name, $"依托单位已登记同名平台“{facts.Name.Trim()}”，不能重复登记。", new Dictionary<string, string> { ["name"] = facts.Name.Trim() })
            : RuleOutcome.Pass(Name);
    }
}

public sealed record DocumentFacts(PlatformLevel Level, string? DocumentNumber);

/// <summary>National and provincial platforms are recognised by a document whose number (文号) must be recorded.</summary>
public sealed class DocumentNumberRequiredRule : IBusinessRule<DocumentFacts>
{
    public string Name => nameof(DocumentNumberRequiredRule);

    public RuleOutcome Check(DocumentFacts facts) =>
        facts.Level is PlatformLevel.National or PlatformLevel.Provincial && string.IsNullOrWhiteSpace(facts.DocumentNumber)
            ? RuleOutcome.Refuse(Name, "国家级、省级平台须填写认定文号。", new Dictionary<string, string> { ["level"] = facts.Level.ToString() })
            : RuleOutcome.Pass(Name);
}

public sealed record RecognitionFacts(DateOnly RecognisedOn, DateOnly Today);

/// <summary>A platform cannot have been recognised after today (in the zone's time); today itself is fine.</summary>
public sealed class RecognisedNotInFutureRule : IBusinessRule<RecognitionFacts>
{
    public string Name => nameof(RecognisedNotInFutureRule);

    public RuleOutcome Check(RecognitionFacts facts) => facts.RecognisedOn <= facts.Today
        ? RuleOutcome.Pass(Name)
        : RuleOutcome.Refuse(Name, $"认定日期 {Day(facts.RecognisedOn)} 晚于今天（{Day(facts.Today)}）。", new Dictionary<string, string>
        {
            ["recognisedOn"] = Day(facts.RecognisedOn),
            ["today"] = Day(facts.Today),
        });

    internal static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

public sealed record EvaluationDateFacts(DateOnly EvaluatedOn, DateOnly RecognisedOn, DateOnly Today);

/// <summary>An evaluation falls between the recognition date and today, both included.</summary>
public sealed class EvaluationDateRule : IBusinessRule<EvaluationDateFacts>
{
    public string Name => nameof(EvaluationDateRule);

    public RuleOutcome Check(EvaluationDateFacts facts)
    {
        var figures = new Dictionary<string, string>
        {
            ["evaluatedOn"] = RecognisedNotInFutureRule.Day(facts.EvaluatedOn),
            ["recognisedOn"] = RecognisedNotInFutureRule.Day(facts.RecognisedOn),
            ["today"] = RecognisedNotInFutureRule.Day(facts.Today),
        };
        if (facts.EvaluatedOn < facts.RecognisedOn)
        {
            return RuleOutcome.Refuse(Name, $"评估日期 {figures["evaluatedOn"]} 早于认定日期 {figures["recognisedOn"]}。", figures);
        }

        return facts.EvaluatedOn > facts.Today
            ? RuleOutcome.Refuse(Name, $"评估日期 {figures["evaluatedOn"]} 晚于今天（{figures["today"]}）。", figures)
            : RuleOutcome.Pass(Name);
    }
}

public sealed record DueFacts(PlatformLevel Level, DateOnly RecognisedOn, DateOnly? LastEvaluatedOn, DateOnly Today);

/// <summary>
/// The next evaluation is due one cycle after the last evaluation, or after recognition when there is none
/// (<see cref="EvaluationCycle"/>). Due today is still on time; the day after is overdue (逾期).
/// </summary>
public sealed class EvaluationDueRule : IBusinessRule<DueFacts>
{
    public string Name => nameof(EvaluationDueRule);

    public static DateOnly DueOn(DueFacts facts) => (facts.LastEvaluatedOn ?? facts.RecognisedOn).AddYears(EvaluationCycle.YearsFor(facts.Level));

    public RuleOutcome Check(DueFacts facts)
    {
        var due = DueOn(facts);
        var late = facts.Today.DayNumber - due.DayNumber;
        return late <= 0
            ? RuleOutcome.Pass(Name, $"下次评估应于 {RecognisedNotInFutureRule.Day(due)} 前完成。")
            : RuleOutcome.Refuse(Name, $"评估已逾期 {late} 天（应于 {RecognisedNotInFutureRule.Day(due)} 前完成）。", new Dictionary<string, string>
            {
                ["dueOn"] = RecognisedNotInFutureRule.Day(due),
                ["daysOverdue"] = late.ToString(CultureInfo.InvariantCulture),
            });
    }
}

/// <summary>The rules a new or corrected entry must pass, all checked so every reason shows at once.</summary>
public static class PlatformRules
{
    public static IReadOnlyList<RuleOutcome> CheckEntry(PlatformSpec spec, IReadOnlyList<string> otherNamesOfHost, DateOnly today) =>
    [
        new DocumentNumberRequiredRule().Check(new DocumentFacts(spec.Level, spec.DocumentNumber)),
        new RecognisedNotInFutureRule().Check(new RecognitionFacts(spec.RecognisedOn, today)),
        new DuplicatePlatformRule().Check(new DuplicateFacts(spec.Name, otherNamesOfHost)),
    ];
}
