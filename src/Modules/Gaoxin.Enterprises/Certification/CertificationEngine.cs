using System.Collections.Concurrent;

namespace Gaoxin.Enterprises.Certification;

/// <summary>
/// Evaluates an enterprise against the scheme versions in force on its facts' day. Thread-safe; evaluators are
/// built once per version and cached, and <see cref="EvaluateAll"/> checks the facts once for all schemes.
/// </summary>
internal sealed class CertificationEngine(SchemeCatalog catalog)
{
    private readonly ConcurrentDictionary<SchemeVersion, SchemeEvaluator> evaluators = new(ReferenceEqualityComparer.Instance);

    public CertificationEngine()
        : this(SchemeCatalog.Default)
    {
    }

    /// <summary>The schemes with an evaluator, in ladder order (高新 last). 小巨人 is a national list, entered as a certificate.</summary>
    public static IReadOnlyList<SchemeCode> Evaluated { get; } =
        [SchemeCode.TechSme, SchemeCode.InnovativeSme, SchemeCode.SpecialisedSme, SchemeCode.HighTech];

    public SchemeCatalog Catalog => catalog;

    /// <exception cref="NotSupportedException">For 小巨人, which has no evaluator.</exception>
    /// <exception cref="InvalidOperationException">When no version of the scheme is in force on the facts' day.</exception>
    public Evaluation Evaluate(SchemeCode scheme, EnterpriseFacts facts) => Evaluate(scheme, FactsView.Of(facts));

    /// <summary>Every scheme that has a version in force on the facts' day, in <see cref="Evaluated"/> order.</summary>
    public IReadOnlyList<Evaluation> EvaluateAll(EnterpriseFacts facts)
    {
        var view = FactsView.Of(facts);
        var results = new List<Evaluation>(Evaluated.Count);
        foreach (var scheme in Evaluated)
        {
            if (catalog.InForce(scheme, facts.AsOf) is { } version)
            {
                results.Add(EvaluatorFor(version).Evaluate(view));
            }
        }

        return results;
    }

    private Evaluation Evaluate(SchemeCode scheme, FactsView facts)
    {
        if (scheme == SchemeCode.LittleGiant)
        {
            throw new NotSupportedException("专精特新“小巨人”企业由工业和信息化部按国家名单认定，本系统不作评价；列入名单后请录入证书。");
        }

        var version = catalog.InForce(scheme, facts.AsOf)
            ?? throw new InvalidOperationException($"{Show.Date(facts.AsOf)} 没有生效的{Schemes.Title(scheme)}评价办法版本。");
        return EvaluatorFor(version).Evaluate(facts);
    }

    internal SchemeEvaluator EvaluatorFor(SchemeVersion version) =>
        evaluators.GetOrAdd(version, static v => v switch
        {
            TechSmeScheme t => new TechSmeEvaluator(t),
            HighTechScheme h => new HighTechEvaluator(h),
            InnovativeSmeScheme i => new InnovativeSmeEvaluator(i),
            SpecialisedSmeScheme s => new SpecialisedSmeEvaluator(s),
            _ => throw new NotSupportedException($"没有{Schemes.Title(v.Scheme)}的评价器。"),
        });
}
