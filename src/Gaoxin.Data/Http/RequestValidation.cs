using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gaoxin.Kernel.Rules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Data.Http;

/// <summary>
/// The one input contract, the same for both databases, and the one place data annotations are checked. Every request
/// body (by <see cref="RequestContract"/>, on the whole /api/v1 group) and every input a page hands a service is walked
/// with its nested objects and lists; a value SQLite would store but PostgreSQL would refuse or round is refused first:
/// <list type="bullet">
/// <item>text with control characters other than tab, CR and LF (NUL included), bidirectional override or isolate characters
/// (U+202A–U+202E, U+2066–U+2069), or a broken surrogate pair;</item>
/// <item>a decimal with more places than its column keeps or too large for it: numeric(18,2) unless the property declares
/// the column's precision with EF's <see cref="PrecisionAttribute"/> (ratios, scores, prices per share);</item>
/// <item>a double that is not finite or beyond ±10^15;</item>
/// <item>a date outside 1900-01-01 … 2200-12-31;</item>
/// <item>an enum value the enum does not define (System.Text.Json accepts any number).</item>
/// </list>
/// Then the data annotations, with a Chinese message where an annotation declares none. Errors are keyed by JSON path
/// (<c>support[0].details</c>) and refused as one <see cref="Refusal"/> of kind Invalid (400).
/// </summary>
public static class RequestValidation
{
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    public static readonly DateOnly LatestDate = new(2200, 12, 31);

    /// <summary>A decimal without a declared precision is money: numeric(18,2), to the fen.</summary>
    public const int DefaultPrecision = 18;

    public const int DefaultScale = 2;

    /// <summary>Doubles are counts and measures; beyond this they are a mistake (or an attack), not data.</summary>
    public const double MaxDouble = 1e15;

    private const int MaxDepth = 32;

    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();

    /// <summary>
    /// Field (JSON path) → Chinese messages for everything the contract and (unless <paramref name="annotations"/> is false)
    /// the data annotations refuse; empty when good.
    /// </summary>
    public static Dictionary<string, string[]> Errors(object input, bool annotations = true)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        Walk(input, input.GetType(), string.Empty, null, errors, 0, annotations);
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Refuses the input when the contract or its annotations do.</summary>
    public static void ThrowIfInvalid(object input) => ThrowIfAny(Errors(input));

    /// <summary>Throws the collected errors as one refusal; does nothing when there are none.</summary>
    public static void ThrowIfAny(IReadOnlyDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count > 0)
        {
            throw Refusal.Invalid(errors);
        }
    }

    /// <summary>What is wrong with one piece of text, or null: control characters, bidirectional controls, broken surrogates.</summary>
    public static string? CheckText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c < ' ' && c is not '\t' and not '\r' and not '\n') || c is >= '\u007f' and <= '\u009f')
            {
                return $"不能包含控制字符（第 {i + 1} 个字符为 U+{(int)c:X4}）。";
            }

            if (c is >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069')
            {
                return $"不能包含双向文本控制字符（第 {i + 1} 个字符为 U+{(int)c:X4}）。";
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return $"包含无效的 Unicode 字符（第 {i + 1} 个字符）。";
            }
        }

        return null;
    }

    /// <summary>What is wrong with a decimal for a numeric(precision, scale) column, or null.</summary>
    public static string? CheckDecimal(decimal value, int precision = DefaultPrecision, int scale = DefaultScale)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (decimal.Round(value, scale) != value)
        {
            return scale == 0 ? $"数值 {text} 应为整数。" : $"数值 {text} 最多保留 {scale} 位小数。";
        }

        var digits = precision - scale;
        return digits < 28 && Math.Abs(value) >= Pow10(digits)
            ? $"数值 {text} 超出范围：绝对值须小于 1{new string('0', digits)}。"
            : null;
    }

    public static string? CheckDate(DateOnly date) =>
        date < EarliestDate || date > LatestDate
            ? $"日期 {date:yyyy-MM-dd} 超出允许范围（{EarliestDate:yyyy-MM-dd} 至 {LatestDate:yyyy-MM-dd}）。"
            : null;

    private static decimal Pow10(int digits)
    {
        var p = 1m;
        for (var i = 0; i < digits; i++)
        {
            p *= 10;
        }

        return p;
    }

    private static void Add(Dictionary<string, List<string>> errors, string path, string message)
    {
        if (!errors.TryGetValue(path, out var list))
        {
            errors[path] = list = [];
        }

        if (!list.Contains(message))
        {
            list.Add(message);
        }
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static void Walk(object? value, Type declared, string path, PrecisionAttribute? precision, Dictionary<string, List<string>> errors, int depth, bool annotations)
    {
        if (value is null)
        {
            return;
        }

        switch (value)
        {
            case string s:
                if (CheckText(s) is { } textError)
                {
                    Add(errors, path, textError);
                }

                return;
            case decimal d:
                if (CheckDecimal(d, precision?.Precision ?? DefaultPrecision, precision?.Scale ?? DefaultScale) is { } decimalError)
                {
                    Add(errors, path, decimalError);
                }

                return;
            case double or float:
                var x = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (!double.IsFinite(x) || Math.Abs(x) >= MaxDouble)
                {
                    Add(errors, path, "数值无效或超出范围。");
                }

                return;
            case DateOnly date:
                CheckDateAt(date, path, errors);
                return;
            case DateTime dateTime:
                CheckDateAt(DateOnly.FromDateTime(dateTime), path, errors);
                return;
            case DateTimeOffset offset:
                CheckDateAt(DateOnly.FromDateTime(offset.UtcDateTime), path, errors);
                return;
            case Enum e:
                if (!IsDefined(e))
                {
                    Add(errors, path, $"值 {Convert.ToInt64(e, CultureInfo.InvariantCulture)} 不是有效的选项。");
                }

                return;
            case JsonElement element:
                WalkJson(element, path, errors, depth);
                return;
        }

        var type = value.GetType();
        if (type.IsPrimitive || type == typeof(Guid) || type == typeof(TimeOnly) || type == typeof(TimeSpan) || depth > MaxDepth)
        {
            return;
        }

        if (value is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                var key = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty;
                if (entry.Key is string k && CheckText(k) is { } keyError)
                {
                    Add(errors, path, "键" + keyError);
                    continue;
                }

                Walk(entry.Value, typeof(object), Join(path, key), precision, errors, depth + 1, annotations);
            }

            return;
        }

        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                Walk(item, typeof(object), $"{path}[{i++}]", precision, errors, depth + 1, annotations);
            }

            return;
        }

        var shape = Shapes.GetOrAdd(type, Shape.Of);
        var refused = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in shape.Properties)
        {
            var field = Join(path, property.JsonName);
            var before = errors.Count;
            if (property.NonNullList && property.Info.GetValue(value) is null)
            {
                // "achievementIds": null binds a null list where the type promises one; handlers would trip on it.
                Add(errors, field, "不能为 null，没有内容时请传空列表 []。");
            }

            Walk(property.Info.GetValue(value), property.Info.PropertyType, field, property.Precision, errors, depth + 1, annotations);
            if (errors.Count != before || errors.ContainsKey(field))
            {
                refused.Add(property.Info.Name);
            }
        }

        if (annotations)
        {
            Annotate(value, shape, path, refused, errors);
        }
    }

    private static void CheckDateAt(DateOnly date, string path, Dictionary<string, List<string>> errors)
    {
        if (CheckDate(date) is { } dateError)
        {
            Add(errors, path, dateError);
        }
    }

    private static bool IsDefined(Enum value)
    {
        var type = value.GetType();
        if (Enum.IsDefined(type, value))
        {
            return true;
        }

        if (type.GetCustomAttribute<FlagsAttribute>() is null)
        {
            return false;
        }

        var all = Enum.GetValues(type).Cast<object>().Aggregate(0L, (a, v) => a | Convert.ToInt64(v, CultureInfo.InvariantCulture));
        return (Convert.ToInt64(value, CultureInfo.InvariantCulture) & ~all) == 0;
    }

    private static void WalkJson(JsonElement element, string path, Dictionary<string, List<string>> errors, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                if (CheckText(element.GetString()!) is { } textError)
                {
                    Add(errors, path, textError);
                }

                break;
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject())
                {
                    WalkJson(p.Value, Join(path, p.Name), errors, depth + 1);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    WalkJson(item, $"{path}[{i++}]", errors, depth + 1);
                }

                break;
        }
    }

    private static void Annotate(object value, Shape shape, string path, HashSet<string> refused, Dictionary<string, List<string>> errors)
    {
        var failed = refused.Count > 0;

        // A value the contract refused is not annotated as well: one message is enough, and an annotation may not cope with
        // it (Range(int, int) on a decimal of 10^18 throws instead of answering).
        foreach (var property in shape.Properties.Where(p => p.Annotations.Length > 0 && !refused.Contains(p.Info.Name)))
        {
            var member = property.Info.GetValue(value);
            var context = new ValidationContext(value) { MemberName = property.Info.Name, DisplayName = property.JsonName };
            foreach (var annotation in property.Annotations)
            {
                ValidationResult? result;
                try
                {
                    result = annotation.GetValidationResult(member, context);
                }
                catch (Exception e) when (e is OverflowException or InvalidCastException or FormatException)
                {
                    result = new ValidationResult(null);
                }

                if (result is null)
                {
                    continue;
                }

                failed = true;
                Add(errors, Join(path, property.JsonName), MessageOf(annotation, result, property.JsonName));
                if (annotation is RequiredAttribute)
                {
                    // As the framework's validator: a missing value is one error, not one per annotation.
                    break;
                }
            }
        }

        if (failed || value is not IValidatableObject validatable)
        {
            return;
        }

        foreach (var result in validatable.Validate(new ValidationContext(value)))
        {
            var members = result.MemberNames.Any() ? result.MemberNames : [string.Empty];
            foreach (var member in members)
            {
                var field = member.Length == 0 ? path : Join(path, shape.JsonNameOf(member));
                Add(errors, field, result.ErrorMessage ?? "输入有误。");
            }
        }
    }

    /// <summary>
    /// The annotation's own message when it declares one (or builds its own, as a module's attribute does); for the
    /// framework's annotations without one, a Chinese message instead of the built-in English ("The field … must be …").
    /// </summary>
    private static string MessageOf(ValidationAttribute annotation, ValidationResult result, string field)
    {
        if (result.ErrorMessage is null && annotation is RangeAttribute range)
        {
            return annotation.ErrorMessage ?? $"{field} 应在 {range.Minimum}–{range.Maximum} 之间。";
        }

        var declared = annotation.ErrorMessage is not null || annotation.ErrorMessageResourceType is not null;
        if (declared || annotation.GetType().Assembly != typeof(RequiredAttribute).Assembly)
        {
            return result.ErrorMessage ?? "输入有误。";
        }

        return annotation switch
        {
            RequiredAttribute => $"{field} 不能为空。",
            StringLengthAttribute { MinimumLength: > 0 } s => $"{field} 应为 {s.MinimumLength}–{s.MaximumLength} 个字符。",
            StringLengthAttribute s => $"{field} 不能超过 {s.MaximumLength} 个字符。",
            MaxLengthAttribute m => $"{field} 不能超过 {m.Length} 个字符或项。",
            MinLengthAttribute m => $"{field} 至少应有 {m.Length} 个字符或项。",
            RangeAttribute r => $"{field} 应在 {r.Minimum}–{r.Maximum} 之间。",
            RegularExpressionAttribute => $"{field} 格式不正确。",
            EmailAddressAttribute => $"{field} 不是有效的邮箱地址。",
            EnumDataTypeAttribute => $"{field} 不是有效的选项。",
            _ => $"{field} 的值无效。",
        };
    }

    private sealed record PropertyShape(PropertyInfo Info, string JsonName, PrecisionAttribute? Precision, ValidationAttribute[] Annotations)
    {
        /// <summary>A list or dictionary the type declares non-nullable.</summary>
        public bool NonNullList { get; } = Info.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(Info.PropertyType)
            && new NullabilityInfoContext().Create(Info).ReadState == NullabilityState.NotNull;
    }

    private sealed record Shape(PropertyShape[] Properties)
    {
        public static Shape Of(Type type) => new([.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .Select(p => new PropertyShape(
                p,
                p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name),
                p.GetCustomAttribute<PrecisionAttribute>(),
                // Required first, so a missing value is reported once.
                [.. p.GetCustomAttributes<ValidationAttribute>(inherit: true).OrderBy(a => a is RequiredAttribute ? 0 : 1)]))]);

        public string JsonNameOf(string member) =>
            Properties.FirstOrDefault(p => p.Info.Name == member)?.JsonName ?? JsonNamingPolicy.CamelCase.ConvertName(member);
    }
}

/// <summary>
/// Applies the contract of <see cref="RequestValidation"/> to the JSON body of every endpoint of a group, once, before the
/// handler runs (added on /api/v1 by the host): no module repeats it, and a new endpoint is covered by being mapped. The
/// annotations are checked where the input is handled — <c>.Validate&lt;T&gt;()</c> or the desk that adds its own checks
/// to them, so one answer names every field at fault — through the same helper.
/// </summary>
public static class RequestContract
{
    public static TBuilder CheckRequestBodies<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory(Filter);

    private static EndpointFilterDelegate Filter(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var parameters = context.MethodInfo.GetParameters();
        Body? body = null;
        return async invocation =>
        {
            // Which argument is the JSON body, read once from the endpoint's metadata (the factory does not see it).
            body ??= Body.Of(invocation.HttpContext.GetEndpoint(), parameters);
            if (body.Index >= 0)
            {
                if (invocation.Arguments[body.Index] is { } input)
                {
                    RequestValidation.ThrowIfAny(RequestValidation.Errors(input, annotations: false));
                }
                else if (!body.Optional)
                {
                    throw Refusal.Invalid(new Dictionary<string, string[]> { [string.Empty] = ["缺少请求体。"] }, "缺少请求体。");
                }
            }

            return await next(invocation);
        };
    }

    private sealed record Body(int Index, bool Optional)
    {
        public static Body Of(Endpoint? endpoint, ParameterInfo[] parameters)
        {
            var accepts = endpoint?.Metadata.OfType<IAcceptsMetadata>()
                .FirstOrDefault(a => a.RequestType is not null && a.ContentTypes.Any(t => t.Contains("json", StringComparison.OrdinalIgnoreCase)));
            if (accepts is null)
            {
                return new(-1, true);
            }

            var type = Nullable.GetUnderlyingType(accepts.RequestType!) ?? accepts.RequestType!;
            return new(Array.FindIndex(parameters, p => (Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType) == type), accepts.IsOptional);
        }
    }
}

/// <summary>Checks a request body's contract and data annotations before the handler runs (<see cref="RequestValidation"/>).</summary>
public sealed class ValidationFilter<T> : IEndpointFilter where T : class
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var body = context.Arguments.OfType<T>().FirstOrDefault()
            ?? throw Refusal.Invalid(new Dictionary<string, string[]> { [string.Empty] = ["缺少请求体。"] }, "缺少请求体。");
        RequestValidation.ThrowIfInvalid(body);
        return await next(context);
    }
}

public static class ValidationExtensions
{
    public static RouteHandlerBuilder Validate<T>(this RouteHandlerBuilder builder) where T : class =>
        builder.AddEndpointFilter<ValidationFilter<T>>().ProducesValidationProblem();
}
