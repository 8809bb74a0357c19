namespace Gaoxin.Enterprises.Certification;

/// <summary>
/// Turns the honours an enterprise recorded into the yes/no facts of the direct routes, so those routes fire from data.
/// "近 N 年" counts an honour awarded on or after the same day N years before the evaluation day and not after it;
/// a ranked award counts for 专精特新 when the enterprise is among the first three (provincial) or five (national)
/// completing units; a title counts while it holds.
/// </summary>
internal static class Honours
{
    public static EnterpriseFlags Apply(EnterpriseFlags flags, IReadOnlyList<HeldHonour> honours, DateOnly asOf)
    {
        bool Within(HeldHonour h, int years) => h.AwardedOn <= asOf && h.AwardedOn >= asOf.AddYears(-years);
        var national3 = honours.Where(h => h.Kind == HonourKind.NationalScienceAward && Within(h, 3)).ToList();
        var provincial3 = honours.Where(h => h.Kind == HonourKind.ProvincialScienceAward && Within(h, 3)).ToList();
        return flags with
        {
            NationalAwardLast3Years = flags.NationalAwardLast3Years || national3.Count > 0,
            NationalAwardLast5Years = flags.NationalAwardLast5Years || honours.Any(h => h.Kind == HonourKind.NationalScienceAward && Within(h, 5)),
            ProvincialAwardLast3Years = flags.ProvincialAwardLast3Years || provincial3.Count > 0,
            AwardProvincialTop3OrNationalTop5Last3Years = flags.AwardProvincialTop3OrNationalTop5Last3Years
                || provincial3.Any(h => h.Rank is >= 1 and <= 3) || national3.Any(h => h.Rank is >= 1 and <= 5),
            ChuangkeTop500 = flags.ChuangkeTop500 || honours.Any(h => h.Kind == HonourKind.ChuangkeChinaTop500 && Within(h, 3)),
            SimilarNationalTitle = flags.SimilarNationalTitle
                || honours.Any(h => h.Kind == HonourKind.NationalInnovationTitle && h.AwardedOn <= asOf && (h.ValidTo is null || h.ValidTo >= asOf)),
        };
    }
}
