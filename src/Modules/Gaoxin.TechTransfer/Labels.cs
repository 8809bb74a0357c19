using Gaoxin.Contracts.TechTransfer;
using Gaoxin.TechTransfer.Achievements;
using Gaoxin.TechTransfer.Projects;

namespace Gaoxin.TechTransfer;

/// <summary>Display names for the module's enums, from the resources (Chinese default, English when chosen).</summary>
public static class Labels
{
    public static string Stage(RelayStage stage) => TechTransferText.Get("Stage." + stage);

    public static string Origin(AchievementOrigin origin) => TechTransferText.Get("Origin." + origin);

    public static string Kind(AchievementKind kind) => TechTransferText.Get("Kind." + kind);

    public static string Industry(ZoneIndustry industry) => TechTransferText.Get("Industry." + industry);

    public static string Support(SupportKind kind) => TechTransferText.Get("Support." + kind);

    public static string Milestone(MilestoneState state) => TechTransferText.Get("Milestone." + state);

    public static AchievementOrigin? ParseOrigin(string? text) => Parse<AchievementOrigin>(text, "Origin.");

    public static AchievementKind? ParseKind(string? text) => Parse<AchievementKind>(text, "Kind.");

    public static ZoneIndustry? ParseIndustry(string? text) => Parse<ZoneIndustry>(text, "Industry.");

    /// <summary>Accepts the Chinese label (as in the template), the English label, or the enum name.</summary>
    private static T? Parse<T>(string? text, string prefix) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(t, value.ToString(), StringComparison.OrdinalIgnoreCase) || t == TechTransferText.Get(prefix + value, "zh-CN")
                || string.Equals(t, TechTransferText.Get(prefix + value, "en"), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
