using System.Globalization;
using Gaoxin.Kernel.Registry;
using Gaoxin.Kernel.Rules;
using Gaoxin.Services.Catalogue;

namespace Gaoxin.Services.Approvals;

/// <summary>
/// A form field as the applicant fills it: the catalogue's definition, merged over every item of the application that
/// asks for the same key (required if any item requires it; the tightest length and range).
/// </summary>
public sealed record FieldDefinition(string Key, string Label, FieldKind Kind, bool Required, int? MaxLength, decimal? Min, decimal? Max, string? Choices, int Order)
{
    public IReadOnlyList<string> Options => string.IsNullOrEmpty(Choices) ? [] : Choices.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static FieldDefinition Of(FormField f) => new(f.Key, f.Label, f.Kind, f.Required, f.MaxLength, f.Min, f.Max, f.Choices, f.Order);

    /// <summary>One definition per key over several items' fields, in the order the fields first appear.</summary>
    public static List<FieldDefinition> Merge(IEnumerable<FieldDefinition> fields)
    {
        var merged = new Dictionary<string, FieldDefinition>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var f in fields)
        {
            if (!merged.TryGetValue(f.Key, out var m))
            {
                merged[f.Key] = f;
                order.Add(f.Key);
                continue;
            }

            merged[f.Key] = m with
            {
                Required = m.Required || f.Required,
                MaxLength = Tightest(m.MaxLength, f.MaxLength, Math.Min),
                Min = Tightest(m.Min, f.Min, Math.Max),
                Max = Tightest(m.Max, f.Max, Math.Min),
            };
        }

        return [.. order.Select(k => merged[k])];
    }

    private static T? Tightest<T>(T? a, T? b, Func<T, T, T> pick) where T : struct => a is { } x ? (b is { } y ? pick(x, y) : x) : b;
}

/// <summary>The value entered for one field.</summary>
public sealed record FieldFacts(FieldDefinition Field, string? Value);

/// <summary>
/// 表单字段校验: a value must satisfy its field's definition — required, a number within [Min, Max], text within MaxLength,
/// a date (yyyy-MM-dd), one of the options, a valid unified social credit code (GB 32100). The API refuses with it and the
/// Blazor form shows its message as the applicant types, so both sides say the same thing.
/// </summary>
public sealed class FormFieldRule : IBusinessRule<FieldFacts>
{
    /// <summary>The longest text any field takes when its definition sets no limit.</summary>
    public const int DefaultMaxLength = 2000;

    public string Name => "表单字段校验";

    public RuleOutcome Check(FieldFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return MessageFor(facts.Field, facts.Value) is { } message
            ? RuleOutcome.Refuse(Name, message, new Dictionary<string, string> { ["字段"] = facts.Field.Key })
            : RuleOutcome.Pass(Name);
    }

    /// <summary>The Chinese message for a value that does not satisfy the field, or null when it does.</summary>
    public static string? MessageFor(FieldDefinition field, string? value)
    {
        ArgumentNullException.ThrowIfNull(field);
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return field.Required ? $"请填写{field.Label}。" : null;
        }

        switch (field.Kind)
        {
            case FieldKind.Number:
                if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                {
                    return $"{field.Label}须为数字。";
                }

                if (field.Min is { } min && number < min)
                {
                    return $"{field.Label}不能小于 {min.ToString("0.##", CultureInfo.InvariantCulture)}。";
                }

                if (field.Max is { } max && number > max)
                {
                    return $"{field.Label}不能大于 {max.ToString("0.##", CultureInfo.InvariantCulture)}。";
                }

                return null;
            case FieldKind.Date:
                return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    && date.Year is >= 1900 and <= 2200
                    ? null
                    : $"{field.Label}须为日期（格式 yyyy-MM-dd）。";
            case FieldKind.Choice:
                return field.Options.Contains(text, StringComparer.Ordinal) ? null : $"{field.Label}须为以下之一：{string.Join("、", field.Options)}。";
            case FieldKind.CreditCode:
                return UnifiedSocialCreditCode.TryParse(text, out _, out var error) ? null : $"{field.Label}无效：{error}";
            default:
                var limit = field.MaxLength ?? DefaultMaxLength;
                return text.Length > limit ? $"{field.Label}不超过 {limit} 字。" : null;
        }
    }

    /// <summary>Every field at fault, keyed "fields.{key}" (the JSON path of the request body).</summary>
    public static Dictionary<string, string[]> Errors(IEnumerable<FieldDefinition> fields, IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(values);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in fields)
        {
            defined.Add(f.Key);
            if (MessageFor(f, values.GetValueOrDefault(f.Key)) is { } message)
            {
                errors["fields." + f.Key] = [message];
            }
        }

        foreach (var key in values.Keys.Where(k => !defined.Contains(k)))
        {
            errors["fields." + key] = ["所选事项的表单中没有此字段。"];
        }

        return errors;
    }
}
