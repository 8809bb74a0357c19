namespace Gaoxin.Kernel.Rules;

/// <summary>
/// A named business rule: a pure check of one thing that must hold. Its name is what a refusal shows,
/// so a person can look the rule up.
/// </summary>
public interface IBusinessRule<in TFacts>
{
    string Name { get; }

    RuleOutcome Check(TFacts facts);
}

/// <summary>The result of one rule: passed, or refused with a message and the figures that decided it.</summary>
public sealed record RuleOutcome(string Rule, bool Passed, string Message, IReadOnlyDictionary<string, string> Figures)
{
    private static readonly IReadOnlyDictionary<string, string> NoFigures = new Dictionary<string, string>();

    public static RuleOutcome Pass(string rule, string message = "") => new(rule, true, message, NoFigures);

    public static RuleOutcome Refuse(string rule, string message, IReadOnlyDictionary<string, string>? figures = null) =>
        new(rule, false, message, figures ?? NoFigures);
}

public static class BusinessRules
{
    /// <summary>Checks every rule (not just up to the first failure) so the caller can show all reasons at once.</summary>
    public static IReadOnlyList<RuleOutcome> CheckAll<TFacts>(TFacts facts, params IEnumerable<IBusinessRule<TFacts>> rules) =>
        rules.Select(r => r.Check(facts)).ToList();
}
