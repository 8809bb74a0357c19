using System.Globalization;
using System.Text.Json;
using Gaoxin.Enterprises.Certification;

namespace Gaoxin.Enterprises.Policies;

/// <summary>
/// Parses and validates the condition text of a policy. Refuses anything it does not know (a typo must not
/// silently widen or narrow a policy) and reports every error with its JSON path, in Chinese.
/// </summary>
internal static class PolicyConditionParser
{
    /// <summary>Keeps stored conditions small and their evaluation cheap.</summary>
    public const int MaxLength = 20_000;

    public const int MaxDepth = 12;

    public static bool TryParse(string? text, out PolicyCondition? condition, out IReadOnlyList<string> errors)
    {
        var list = new List<string>();
        condition = null;
        if (!PolicyJson.TryOpen(text, MaxLength, "资格条件", list, out var document))
        {
            errors = list;
            return false;
        }

        using (document)
        {
            condition = Node(document!.RootElement, "$", 0, list);
        }

        errors = list;
        if (list.Count > 0)
        {
            condition = null;
            return false;
        }

        return true;
    }

    public static PolicyCondition Parse(string text) =>
        TryParse(text, out var c, out var errors) ? c! : throw new FormatException(string.Join("\n", errors));

    private static PolicyCondition? Node(JsonElement e, string path, int depth, List<string> errors)
    {
        if (depth > MaxDepth)
        {
            errors.Add($"{path}：条件嵌套超过 {MaxDepth} 层。");
            return null;
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}：条件应为 JSON 对象，实为 {PolicyJson.Kind(e)}。");
            return null;
        }

        string? kind = null;
        foreach (var p in e.EnumerateObject())
        {
            if (p.Name is "all" or "any" or "not" or "metric" or "holds" or "flag" or "aboveDesignatedSize" or "qualifies")
            {
                if (kind is not null)
                {
                    errors.Add($"{path}：一个条件只能有一种类型，同时出现了“{kind}”和“{p.Name}”。");
                    return null;
                }

                kind = p.Name;
            }
        }

        switch (kind)
        {
            case "all":
            case "any":
                {
                    PolicyJson.OnlyKeys(e, path, errors, kind);
                    var arr = e.GetProperty(kind);
                    if (arr.ValueKind != JsonValueKind.Array || arr.GetArrayLength() == 0)
                    {
                        errors.Add($"{path}.{kind}：应为非空数组。");
                        return null;
                    }

                    var items = new List<PolicyCondition>(arr.GetArrayLength());
                    var k = 0;
                    foreach (var child in arr.EnumerateArray())
                    {
                        if (Node(child, $"{path}.{kind}[{k++}]", depth + 1, errors) is { } c)
                        {
                            items.Add(c);
                        }
                    }

                    return kind == "all" ? new AllOf(items) : new AnyOf(items);
                }

            case "not":
                PolicyJson.OnlyKeys(e, path, errors, "not");
                return Node(e.GetProperty("not"), path + ".not", depth + 1, errors) is { } inner ? new NotCondition(inner) : null;

            case "metric":
                return Metric(e, path, errors);

            case "holds":
                return Holds(e, path, errors);

            case "flag":
                {
                    PolicyJson.OnlyKeys(e, path, errors, "flag", "is");
                    var name = PolicyJson.String(e, "flag", path, errors);
                    if (name is not null && !PolicyMetrics.Flags.ContainsKey(name))
                    {
                        errors.Add($"{path}.flag：未知标志“{name}”。可用：{string.Join("、", PolicyMetrics.Flags.Keys)}。");
                        return null;
                    }

                    var expected = PolicyJson.OptionalBool(e, "is", path, errors) ?? true;
                    return name is null ? null : new FlagCondition(name, expected);
                }

            case "aboveDesignatedSize":
                PolicyJson.OnlyKeys(e, path, errors, "aboveDesignatedSize");
                return PolicyJson.OptionalBool(e, "aboveDesignatedSize", path, errors) is { } b ? new AboveDesignatedSizeCondition(b) : null;

            case "qualifies":
                {
                    PolicyJson.OnlyKeys(e, path, errors, "qualifies", "is");
                    var scheme = Scheme(e, "qualifies", path, errors);
                    var expected = PolicyJson.OptionalBool(e, "is", path, errors) ?? true;
                    if (scheme == SchemeCode.LittleGiant)
                    {
                        errors.Add($"{path}.qualifies：专精特新“小巨人”没有评价，请用 {{\"holds\":\"LittleGiant\"}}。");
                        return null;
                    }

                    return scheme is { } s ? new QualifiesCondition(s, expected) : null;
                }

            default:
                errors.Add($"{path}：无法识别的条件。应包含 all、any、not、metric、holds、flag、aboveDesignatedSize 或 qualifies 之一{PolicyJson.KeysOf(e)}。");
                return null;
        }
    }

    private static MetricCondition? Metric(JsonElement e, string path, List<string> errors)
    {
        PolicyJson.OnlyKeys(e, path, errors, "metric", "op", "value");
        var name = PolicyJson.String(e, "metric", path, errors);
        PolicyMetric metric = default;
        if (name is not null && !PolicyMetrics.TryParse(name, out metric))
        {
            errors.Add($"{path}.metric：未知指标“{name}”。可用：{string.Join("、", PolicyMetrics.Names)}。");
            name = null;
        }

        CompareOp? op = null;
        if (!e.TryGetProperty("op", out var opElement))
        {
            errors.Add($"{path}：缺少比较运算符 op。");
        }
        else
        {
            op = opElement.ValueKind == JsonValueKind.String ? opElement.GetString() switch
            {
                ">=" => CompareOp.AtLeast,
                ">" => CompareOp.Above,
                "<=" => CompareOp.AtMost,
                "<" => CompareOp.Below,
                "==" => CompareOp.EqualTo,
                "!=" => CompareOp.NotEqualTo,
                _ => null,
            } : null;
            if (op is null)
            {
                errors.Add($"{path}.op：未知运算符 {opElement.GetRawText()}。可用：>=、>、<=、<、==、!=。");
            }
        }

        var value = PolicyJson.Number(e, "value", path, errors);
        if (value is { } v && name is not null && PolicyMetrics.IsRatio(metric) && (v < 0 || v > 1))
        {
            errors.Add($"{path}.value：{PolicyMetrics.Title(metric)}是比例，应写成 0–1 之间的小数（如 3% 写 0.03），实为 {v.ToString(CultureInfo.InvariantCulture)}。");
            return null;
        }

        return name is not null && op is { } o && value is { } val ? new MetricCondition(metric, o, val) : null;
    }

    private static HoldsCondition? Holds(JsonElement e, string path, List<string> errors)
    {
        PolicyJson.OnlyKeys(e, path, errors, "holds", "validOn", "recognisedInYear");
        var scheme = Scheme(e, "holds", path, errors);
        DateOnly? validOn = null;
        if (e.TryGetProperty("validOn", out var v))
        {
            if (v.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(v.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                validOn = d;
            }
            else
            {
                errors.Add($"{path}.validOn：日期应写成 \"yyyy-MM-dd\"，实为 {v.GetRawText()}。");
            }
        }

        YearReference? year = null;
        if (e.TryGetProperty("recognisedInYear", out var y))
        {
            year = y.ValueKind switch
            {
                JsonValueKind.String when y.GetString() == "current" => YearReference.Current,
                JsonValueKind.String when y.GetString() == "previous" => YearReference.Previous,
                JsonValueKind.Number when y.TryGetInt32(out var n) && n is >= 1990 and <= 2100 => new YearReference(n, 0),
                _ => null,
            };
            if (year is null)
            {
                errors.Add($"{path}.recognisedInYear：应为 \"current\"、\"previous\" 或 1990–2100 的年份，实为 {y.GetRawText()}。");
            }
        }

        return scheme is { } s ? new HoldsCondition(s, validOn, year) : null;
    }

    private static SchemeCode? Scheme(JsonElement e, string key, string path, List<string> errors)
    {
        var name = PolicyJson.String(e, key, path, errors);
        if (name is null)
        {
            return null;
        }

        // A name exactly as declared: Enum.TryParse would also take " 1" or "TechSme, HighTech" (read as HighTech).
        if (Enum.IsDefined(typeof(SchemeCode), name))
        {
            return Enum.Parse<SchemeCode>(name);
        }

        errors.Add($"{path}.{key}：未知资质“{name}”。可用：{string.Join("、", Enum.GetNames<SchemeCode>())}。");
        return null;
    }
}

/// <summary>Small JSON helpers shared by the condition and amount parsers, with Chinese errors.</summary>
internal static class PolicyJson
{
    public static bool TryOpen(string? text, int maxLength, string what, List<string> errors, out JsonDocument? document)
    {
        document = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add($"{what}不能为空。");
            return false;
        }

        if (text.Length > maxLength)
        {
            errors.Add($"{what}过长（{text.Length} 个字符，上限 {maxLength}）。");
            return false;
        }

        try
        {
            // The reader's own depth limit (64) is far above MaxDepth: deep nesting is refused by Node, with its path.
            document = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException ex)
        {
            errors.Add($"{what}不是有效的 JSON（第 {(ex.LineNumber ?? 0) + 1} 行第 {(ex.BytePositionInLine ?? 0) + 1} 个字节附近）。");
            return false;
        }
    }

    public static void OnlyKeys(JsonElement e, string path, List<string> errors, params string[] allowed)
    {
        foreach (var p in e.EnumerateObject())
        {
            if (Array.IndexOf(allowed, p.Name) < 0)
            {
                errors.Add($"{path}：未知字段“{p.Name}”（此处可用：{string.Join("、", allowed)}）。");
            }
        }
    }

    public static string? String(JsonElement e, string key, string path, List<string> errors)
    {
        if (!e.TryGetProperty(key, out var v) || v.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(v.GetString()))
        {
            errors.Add($"{path}.{key}：应为非空字符串。");
            return null;
        }

        return v.GetString();
    }

    public static decimal? Number(JsonElement e, string key, string path, List<string> errors)
    {
        if (!e.TryGetProperty(key, out var v))
        {
            errors.Add($"{path}：缺少数值 {key}。");
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDecimal(out var d))
        {
            errors.Add($"{path}.{key}：应为数字，实为 {v.GetRawText()}。");
            return null;
        }

        return d;
    }

    public static bool? OptionalBool(JsonElement e, string key, string path, List<string> errors)
    {
        if (!e.TryGetProperty(key, out var v))
        {
            return null;
        }

        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return v.GetBoolean();
        }

        errors.Add($"{path}.{key}：应为 true 或 false，实为 {v.GetRawText()}。");
        return null;
    }

    public static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Array => "数组",
        JsonValueKind.String => "字符串",
        JsonValueKind.Number => "数字",
        JsonValueKind.True or JsonValueKind.False => "布尔值",
        JsonValueKind.Null => "null",
        _ => "对象",
    };

    public static string KeysOf(JsonElement e)
    {
        var keys = e.EnumerateObject().Select(p => p.Name).ToList();
        return keys.Count == 0 ? "（对象为空）" : $"（实有字段：{string.Join("、", keys)}）";
    }
}
