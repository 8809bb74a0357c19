using Gaoxin.Kernel.Rules;

namespace Gaoxin.TechTransfer.Achievements;

/// <summary>The relay projects that use an achievement, as "code title" (implemented by the projects' folder, which knows them).</summary>
internal interface IAchievementUses
{
    Task<IReadOnlyList<string>> ProjectsUsingAsync(Guid achievementId, CancellationToken ct);
}

/// <summary>An achievement a relay project converts stays: deleting it would take the project's subject away (成果已用于转化项目时不能删除).</summary>
internal sealed class AchievementNotInUseRule : IBusinessRule<IReadOnlyList<string>>
{
    public string Name => nameof(AchievementNotInUseRule);

    public RuleOutcome Check(IReadOnlyList<string> projects) =>
        projects.Count == 0
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, $"该成果已用于转化项目“{string.Join("”“", projects)}”，不能删除。",
                new Dictionary<string, string> { ["projects"] = projects.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) });
}
