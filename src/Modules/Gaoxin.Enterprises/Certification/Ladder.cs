namespace Gaoxin.Enterprises.Certification;

/// <summary>Where an enterprise stands on a track and what the next step needs.</summary>
/// <param name="Current">Highest certificate valid on the day on this track, or null.</param>
/// <param name="Next">The next rung, or null at the top.</param>
/// <param name="NextVerdict">The next rung's evaluation verdict, when it has an evaluator and was evaluated.</param>
/// <param name="Gaps">What the next rung still needs, in words.</param>
public sealed record LadderStep(SchemeCode? Current, SchemeCode? Next, Verdict? NextVerdict, IReadOnlyList<string> Gaps);

/// <summary>The enterprise's place on the main track and on the parallel 高新技术企业 track.</summary>
public sealed record LadderPlace(LadderStep Main, LadderStep HighTech);

/// <summary>
/// 梯度培育: 科技型中小企业 → 创新型中小企业 → 专精特新中小企业 → 专精特新“小巨人”, with 高新技术企业 parallel.
/// The place comes from certificates held (valid on the day); the gap from the next rung's evaluation.
/// </summary>
internal static class Ladder
{
    public static IReadOnlyList<SchemeCode> MainTrack { get; } =
        [SchemeCode.TechSme, SchemeCode.InnovativeSme, SchemeCode.SpecialisedSme, SchemeCode.LittleGiant];

    public const string LittleGiantGap = "专精特新“小巨人”企业由工业和信息化部按国家名单认定，本系统不作评价；列入名单后请录入证书。";

    public static LadderPlace Place(EnterpriseFacts facts, IReadOnlyList<Evaluation> evaluations) =>
        Place(facts.Certificates, facts.AsOf, evaluations);

    public static LadderPlace Place(IReadOnlyList<HeldCertificate> certificates, DateOnly day, IReadOnlyList<Evaluation> evaluations)
    {
        var currentIndex = -1;
        var holdsHighTech = false;
        foreach (var c in certificates)
        {
            if (!c.IsValidOn(day))
            {
                continue;
            }

            if (c.Scheme == SchemeCode.HighTech)
            {
                holdsHighTech = true;
            }

            // The highest rung held counts (高新 is on no rung of the main track).
            for (var i = 0; i < MainTrack.Count; i++)
            {
                if (MainTrack[i] == c.Scheme)
                {
                    currentIndex = Math.Max(currentIndex, i);
                }
            }
        }

        SchemeCode? current = currentIndex < 0 ? null : MainTrack[currentIndex];
        LadderStep main;
        if (currentIndex == MainTrack.Count - 1)
        {
            main = new LadderStep(current, null, null, ["已是专精特新“小巨人”企业，处于梯度培育最高一级；下一步可考虑上市。"]);
        }
        else
        {
            var next = MainTrack[currentIndex + 1];
            main = next == SchemeCode.LittleGiant
                ? new LadderStep(current, next, null, [LittleGiantGap])
                : StepTo(current, next, evaluations);
        }

        var highTech = holdsHighTech
            ? new LadderStep(SchemeCode.HighTech, null, null, ["持有有效的高新技术企业证书；到期前请按时重新认定。"])
            : StepTo(null, SchemeCode.HighTech, evaluations);
        return new LadderPlace(main, highTech);
    }

    private static LadderStep StepTo(SchemeCode? current, SchemeCode next, IReadOnlyList<Evaluation> evaluations)
    {
        Evaluation? e = null;
        foreach (var candidate in evaluations)
        {
            if (candidate.Scheme == next)
            {
                e = candidate;
            }
        }

        var title = Schemes.Title(next);
        if (e is null)
        {
            return new LadderStep(current, next, null, [$"尚未按{title}条件评价。"]);
        }

        IReadOnlyList<string> gaps = e.Verdict switch
        {
            Verdict.Qualifies or Verdict.QualifiesDirectly => [$"已满足{title}条件，可以申报。"],
            Verdict.MissingData => [$"评价{title}还缺少数据：" + string.Join("；", e.MissingInputs), .. e.Gaps],
            _ => e.Gaps,
        };
        return new LadderStep(current, next, e.Verdict, gaps);
    }
}
