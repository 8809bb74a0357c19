using System.Text.Json;
using Gaoxin.Enterprises.Certification;
using Gaoxin.Kernel.Money;

namespace Gaoxin.Enterprises.Policies;

/// <summary>How much a policy pays: {"fixed":200000} or {"rate":0.1,"of":"RdAmount","cap":500000}.</summary>
internal abstract record AmountRule
{
    public static bool TryParse(string? text, out AmountRule? rule, out IReadOnlyList<string> errors)
    {
        var list = new List<string>();
        rule = null;
        if (!PolicyJson.TryOpen(text, 2_000, "金额规则", list, out var document))
        {
            errors = list;
            return false;
        }

        using (document)
        {
            rule = Parse(document!.RootElement, list);
        }

        errors = list;
        if (list.Count > 0)
        {
            rule = null;
            return false;
        }

        return true;
    }

    public static AmountRule Parse(string text) =>
        TryParse(text, out var rule, out var errors) ? rule! : throw new FormatException(string.Join("\n", errors));

    /// <summary>The amount due, or null with the reason when a figure it needs is missing.</summary>
    public abstract AmountDue Compute(EnterpriseFacts facts);

    private static AmountRule? Parse(JsonElement e, List<string> errors)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"$：金额规则应为 JSON 对象，实为 {PolicyJson.Kind(e)}。");
            return null;
        }

        if (e.TryGetProperty("fixed", out _))
        {
            PolicyJson.OnlyKeys(e, "$", errors, "fixed");
            var amount = PolicyJson.Number(e, "fixed", "$", errors);
            if (amount is { } a)
            {
                CheckAmount(a, "fixed", errors);
            }

            return amount is { } yuan ? new FixedAmount(yuan) : null;
        }

        if (e.TryGetProperty("rate", out _))
        {
            PolicyJson.OnlyKeys(e, "$", errors, "rate", "of", "cap");
            var rate = PolicyJson.Number(e, "rate", "$", errors);
            if (rate is { } r && (r <= 0 || r > 1))
            {
                errors.Add($"$.rate：比例应在 0（不含）到 1 之间，如 10% 写 0.1，实为 {Show.Number(r)}。");
                rate = null;
            }

            var of = PolicyJson.String(e, "of", "$", errors);
            PolicyMetric metric = default;
            if (of is not null)
            {
                if (!PolicyMetrics.TryParse(of, out metric))
                {
                    errors.Add($"$.of：未知指标“{of}”。");
                    of = null;
                }
                else if (!PolicyMetrics.IsMoney(metric))
                {
                    errors.Add($"$.of：“{of}”不是金额类指标，不能按比例计算金额。");
                    of = null;
                }
            }

            decimal? cap = null;
            if (e.TryGetProperty("cap", out _))
            {
                cap = PolicyJson.Number(e, "cap", "$", errors);
                if (cap is { } c)
                {
                    CheckAmount(c, "cap", errors);
                }
            }

            return rate is { } rr && of is not null && errors.Count == 0 ? new RateAmount(rr, metric, cap) : null;
        }

        errors.Add($"$：金额规则应包含 fixed（固定金额）或 rate（比例）{PolicyJson.KeysOf(e)}。");
        return null;
    }

    // TryParse drops the rule whenever an error was added, so the checks only add the reason; one reason per amount.
    private static void CheckAmount(decimal value, string key, List<string> errors)
    {
        if (value <= 0 || value > Money.MaxAbsolute)
        {
            errors.Add($"$.{key}：金额应大于 0 且不超过 1 万亿元，实为 {Show.Number(value)}。");
        }
        else if (decimal.Round(value, 2) != value)
        {
            errors.Add($"$.{key}：金额精度超过分（两位小数）。");
        }
    }
}

/// <summary>A fixed amount in yuan.</summary>
internal sealed record FixedAmount(decimal Yuan) : AmountRule
{
    public override AmountDue Compute(EnterpriseFacts facts) => new(Money.Of(Yuan), $"固定金额 {Show.Yuan(Yuan)}");
}

/// <summary>Rate × a money metric of the latest year, rounded half away from zero to the fen, then capped.</summary>
internal sealed record RateAmount(decimal Rate, PolicyMetric Of, decimal? Cap) : AmountRule
{
    public override AmountDue Compute(EnterpriseFacts facts)
    {
        List<string>? missing = null;
        var title = PolicyMetrics.Title(Of);
        if (PolicyMetrics.Read(Of, FactsView.Of(facts), ref missing) is not { } basis)
        {
            return new AmountDue(null, $"无法计算金额：" + string.Join("；", missing ?? []));
        }

        // Rounded half away from zero to the fen, as Money.Times does; the basis itself may carry more decimals.
        var raw = Money.Of(decimal.Round(basis * Rate, 2, MidpointRounding.AwayFromZero));
        var text = $"{title} {Show.Yuan(basis)} × {Show.Pct(Rate)} = {Show.Yuan(raw.Yuan)}";
        if (Cap is { } cap && raw.Yuan > cap)
        {
            return new AmountDue(Money.Of(cap), text + $"，超过上限，按上限 {Show.Yuan(cap)}");
        }

        return new AmountDue(raw, text);
    }
}

/// <summary>The amount due (null when it cannot be computed) and how it was reached.</summary>
internal sealed record AmountDue(Money? Amount, string Explanation);
