using System.Globalization;
using Gaoxin.Kernel.Rules;

namespace Gaoxin.Services.Catalogue;

/// <summary>An item's time limits as entered: the legal one and the zone's promise.</summary>
public sealed record ItemLimits(int LegalLimitDays, int? PromisedLimitDays);

/// <summary>The zone may promise to decide sooner than the law allows, never later (承诺时限不得超过法定时限).</summary>
public sealed class PromiseWithinLegalLimitRule : IBusinessRule<ItemLimits>
{
    public string Name => nameof(PromiseWithinLegalLimitRule);

    public RuleOutcome Check(ItemLimits facts) =>
        facts.PromisedLimitDays is { } promised && promised > facts.LegalLimitDays
            ? RuleOutcome.Refuse(Name, $"承诺时限（{promised} 个工作日）不能超过法定时限（{facts.LegalLimitDays} 个工作日）。",
                new Dictionary<string, string>
                {
                    ["承诺时限"] = promised.ToString(CultureInfo.InvariantCulture),
                    ["法定时限"] = facts.LegalLimitDays.ToString(CultureInfo.InvariantCulture),
                })
            : RuleOutcome.Pass(Name);
}

/// <summary>A field as another item of the zone already defines it under the same key.</summary>
public sealed record SharedField(string Key, FieldKind Kind, string ItemName);

/// <summary>The fields of an item being saved, and those the zone's other items define.</summary>
public sealed record FieldSet(IReadOnlyList<(string Key, FieldKind Kind)> Fields, IReadOnlyList<SharedField> Elsewhere);

/// <summary>
/// A key names one field across the catalogue: one application's form merges the fields of several items by key, so the same
/// key must mean the same kind of value everywhere (一表申请的前提).
/// </summary>
public sealed class SharedFieldKindRule : IBusinessRule<FieldSet>
{
    public string Name => nameof(SharedFieldKindRule);

    public RuleOutcome Check(FieldSet facts)
    {
        foreach (var (key, kind) in facts.Fields)
        {
            var other = facts.Elsewhere.FirstOrDefault(e => e.Key == key && e.Kind != kind);
            if (other is not null)
            {
                return RuleOutcome.Refuse(Name, $"字段“{key}”在事项“{other.ItemName}”中是另一种类型；同一字段在各事项中的类型必须一致，才能一表填报。",
                    new Dictionary<string, string> { ["字段"] = key });
            }
        }

        return RuleOutcome.Pass(Name);
    }
}
