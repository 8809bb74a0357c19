namespace Gaoxin.Enterprises.Certification;

/// <summary>The scheme versions the zone knows, and which one is in force on a day.</summary>
internal sealed class SchemeCatalog
{
    private readonly Dictionary<SchemeCode, SchemeVersion[]> byScheme;

    public SchemeCatalog(IEnumerable<SchemeVersion> versions)
    {
        byScheme = versions
            .GroupBy(v => v.Scheme)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.EffectiveFrom).ToArray());
        foreach (var (scheme, list) in byScheme)
        {
            for (var i = 1; i < list.Length; i++)
            {
                if (list[i].EffectiveFrom == list[i - 1].EffectiveFrom)
                {
                    throw new ArgumentException($"{Schemes.Title(scheme)}有两个版本于同一天（{Show.Date(list[i].EffectiveFrom)}）生效。", nameof(versions));
                }
            }
        }
    }

    /// <summary>The versions in force today: 科技型 2017, 高新 2016, 创新型 and 专精特新 2022.</summary>
    public static SchemeCatalog Default { get; } = new([
        TechSmeScheme.V2017,
        HighTechScheme.V2016,
        InnovativeSmeScheme.V2022,
        SpecialisedSmeScheme.V2022,
    ]);

    /// <summary>The version of <paramref name="scheme"/> in force on <paramref name="day"/>, or null if none was yet.</summary>
    public SchemeVersion? InForce(SchemeCode scheme, DateOnly day)
    {
        if (byScheme.TryGetValue(scheme, out var list))
        {
            foreach (var v in list)
            {
                if (v.EffectiveFrom <= day)
                {
                    return v;
                }
            }
        }

        return null;
    }

    /// <summary>All versions of a scheme, newest first.</summary>
    public IReadOnlyList<SchemeVersion> Versions(SchemeCode scheme) =>
        byScheme.TryGetValue(scheme, out var list) ? list : [];
}

/// <summary>Chinese names of the schemes.</summary>
internal static class Schemes
{
    public static string Title(SchemeCode scheme) => scheme switch
    {
        SchemeCode.TechSme => "科技型中小企业",
        SchemeCode.InnovativeSme => "创新型中小企业",
        SchemeCode.SpecialisedSme => "专精特新中小企业",
        SchemeCode.LittleGiant => "专精特新“小巨人”企业",
        SchemeCode.HighTech => "高新技术企业",
        _ => scheme.ToString(),
    };
}
