using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Enterprises.Certification;
using Gaoxin.Enterprises.Registry;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Enterprises.Policies;

public sealed record PolicyView(Guid Id, string Name, string? Summary, string? Document, string Eligibility, string Amount, DateOnly ValidFrom, DateOnly? ValidTo);

public sealed record PolicyInput(
    [property: Required(ErrorMessage = "政策名称不能为空。"), StringLength(200, MinimumLength = 2, ErrorMessage = "政策名称应为 2–200 个字符。")] string Name,
    [property: StringLength(2000, ErrorMessage = "摘要不能超过 2000 个字符。")] string? Summary,
    [property: StringLength(100, ErrorMessage = "文号不能超过 100 个字符。")] string? Document,
    [property: Required(ErrorMessage = "资格条件不能为空。")] string Eligibility,
    [property: Required(ErrorMessage = "金额规则不能为空。")] string Amount,
    DateOnly ValidFrom,
    DateOnly? ValidTo);

/// <summary>One policy's answer for one enterprise: matched or not (or undetermined), why, and the amount due.</summary>
public sealed record PolicyOutcome(Guid PolicyId, string Policy, bool Matched, bool Undetermined, decimal? Amount, string AmountExplanation, IReadOnlyList<string> Reasons);

public sealed record PolicyBeneficiary(Guid EnterpriseId, string Name, decimal? Amount, string AmountExplanation, IReadOnlyList<string> Reasons);

public sealed record PolicyMatches(PolicyView Policy, int Enterprises, int Matched, decimal TotalAmount, IReadOnlyList<PolicyBeneficiary> Beneficiaries);

/// <summary>
/// 政策找企业、免申即享: per enterprise the policies in force it qualifies for and the amount due; per policy the
/// enterprises that qualify, without anyone applying.
/// </summary>
internal sealed class PolicyMatching(GaoxinDbContext db, EnterpriseRegistry registry, CertificationEngine engine, Evaluations.EnterpriseEvaluations evaluations)
{
    private readonly PolicyEvaluator _evaluator = new();

    public async Task<IReadOnlyList<PolicyOutcome>> ForEnterpriseAsync(Enterprise enterprise, CancellationToken ct)
    {
        var facts = await registry.FactsAsync(enterprise, ct);
        return await ForFactsAsync(enterprise.ZoneId, facts, engine.EvaluateAll(facts), ct);
    }

    /// <summary>The policies in force for facts already read and evaluated.</summary>
    public async Task<IReadOnlyList<PolicyOutcome>> ForFactsAsync(ZoneId zone, EnterpriseFacts facts, IReadOnlyList<Evaluation> evaluated, CancellationToken ct)
    {
        var policies = await InForceAsync(zone, facts.AsOf, ct);
        return policies.Select(p => Outcome(p, facts, evaluated)).OrderByDescending(o => o.Matched).ThenBy(o => o.Policy, StringComparer.Ordinal).ToList();
    }

    /// <summary>The zone's policies by name, in force or not.</summary>
    public async Task<List<PolicyView>> ListAsync(Guid zoneId, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var policies = await db.Set<SupportPolicy>().AsNoTracking().Where(p => p.ZoneId == zone).ToListAsync(ct);
        return policies.OrderBy(p => p.Name, StringComparer.Ordinal).Select(View).ToList();
    }

    public async Task<PolicyMatches> ForPolicyAsync(Guid zoneId, Guid policyId, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var policy = await db.Set<SupportPolicy>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == policyId && p.ZoneId == zone, ct)
            ?? throw Refusal.NotFound("政策");

        // The zone is read in the refresh's keyset batches, so memory stays flat however many enterprises there are.
        var today = registry.Today();
        var beneficiaries = new List<PolicyBeneficiary>();
        var count = 0;
        Guid? after = null;
        while (true)
        {
            var batch = await evaluations.ReadBatchAsync(zoneId, after, Evaluations.EnterpriseEvaluations.DefaultBatchSize, ct);
            if (batch.Enterprises.Count == 0)
            {
                break;
            }

            foreach (var e in batch.Enterprises)
            {
                var facts = EnterpriseRegistry.ToFacts(e, today, batch.Experts.GetValueOrDefault(e.Id) ?? new Dictionary<string, decimal>());
                var outcome = Outcome(policy, facts, engine.EvaluateAll(facts));
                if (outcome.Matched)
                {
                    beneficiaries.Add(new PolicyBeneficiary(e.Id, e.Name, outcome.Amount, outcome.AmountExplanation, outcome.Reasons));
                }
            }

            count += batch.Enterprises.Count;
            after = batch.Enterprises[^1].Id;
        }

        var ordered = beneficiaries.OrderByDescending(b => b.Amount ?? 0).ThenBy(b => b.Name, StringComparer.Ordinal).ToList();
        return new PolicyMatches(View(policy), count, ordered.Count, ordered.Sum(b => b.Amount ?? 0), ordered);
    }

    private async Task<List<SupportPolicy>> InForceAsync(ZoneId zone, DateOnly day, CancellationToken ct) =>
        await db.Set<SupportPolicy>().AsNoTracking().Where(p => p.ZoneId == zone && p.ValidFrom <= day && (p.ValidTo == null || p.ValidTo >= day)).ToListAsync(ct);

    private PolicyOutcome Outcome(SupportPolicy policy, EnterpriseFacts facts, IReadOnlyList<Evaluation> evaluations)
    {
        // Stored conditions were validated when saved; a condition that no longer parses matches nobody and says so.
        if (!PolicyConditionParser.TryParse(policy.Eligibility, out var condition, out var errors) || !AmountRule.TryParse(policy.Amount, out var amount, out var amountErrors))
        {
            return new PolicyOutcome(policy.Id, policy.Name, false, true, null, "政策规则无效", ["政策规则无法解析，请管理员修正。"]);
        }

        var match = _evaluator.Evaluate(condition!, facts, evaluations);
        var due = match.Matched ? amount!.Compute(facts) : null;
        return new PolicyOutcome(policy.Id, policy.Name, match.Matched, match.Undetermined, due?.Amount?.Yuan, due?.Explanation ?? string.Empty, match.Reasons);
    }

    /// <summary>Creates (no id) or changes a policy after checking its rule texts and its name; bad input is refused by field.</summary>
    public async Task<PolicyView> SaveAsync(Guid zoneId, Guid? policyId, PolicyInput input, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var errors = Check(input);
        var name = input.Name?.Trim() ?? string.Empty;
        if (name.Length < 2 || name.Length > 200)
        {
            errors["name"] = ["政策名称应为 2–200 个字符。"];
        }
        else if (await db.Set<SupportPolicy>().AnyAsync(p => p.ZoneId == zone && p.Name == name && p.Id != policyId, ct))
        {
            errors["name"] = [$"政策“{name}”已存在。"];
        }

        SupportPolicy? policy = null;
        if (policyId is { } id)
        {
            policy = await db.Set<SupportPolicy>().FirstOrDefaultAsync(p => p.Id == id && p.ZoneId == zone, ct) ?? throw Refusal.NotFound("政策");
        }

        if (errors.Count > 0)
        {
            throw Refusal.Invalid(errors);
        }

        if (policy is null)
        {
            policy = new SupportPolicy { ZoneId = zone, Name = name, Eligibility = input.Eligibility, Amount = input.Amount };
            db.Add(policy);
        }

        policy.Name = name;
        policy.Summary = input.Summary;
        policy.Document = input.Document;
        policy.Eligibility = input.Eligibility;
        policy.Amount = input.Amount;
        policy.ValidFrom = input.ValidFrom;
        policy.ValidTo = input.ValidTo;
        await db.SaveChangesAsync(ct);
        return View(policy);
    }

    public static PolicyView View(SupportPolicy p) => new(p.Id, p.Name, p.Summary, p.Document, p.Eligibility, p.Amount, p.ValidFrom, p.ValidTo);

    /// <summary>Checks a policy's rule texts; errors keyed by field, each naming the JSON path at fault.</summary>
    public static Dictionary<string, string[]> Check(PolicyInput input)
    {
        var errors = new Dictionary<string, string[]>();
        if (!PolicyConditionParser.TryParse(input.Eligibility, out _, out var conditionErrors))
        {
            errors["eligibility"] = [.. conditionErrors];
        }

        if (!AmountRule.TryParse(input.Amount, out _, out var amountErrors))
        {
            errors["amount"] = [.. amountErrors];
        }

        if (input.ValidTo < input.ValidFrom)
        {
            errors["validTo"] = ["有效期止不能早于有效期起。"];
        }

        return errors;
    }
}
