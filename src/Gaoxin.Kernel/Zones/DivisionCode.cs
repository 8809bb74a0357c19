namespace Gaoxin.Kernel.Zones;

/// <summary>
/// A six-digit administrative division code (行政区划代码, GB/T 2260), e.g. 510300 for 自贡市.
/// Digits 1–2 are the province (11–82), 3–4 the prefecture, 5–6 the county.
/// </summary>
public readonly record struct DivisionCode
{
    public string Value { get; }

    private DivisionCode(string value) => Value = value;

    public static bool TryParse(string? text, out DivisionCode code, out string error)
    {
        code = default;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            error = "行政区划代码不能为空。";
            return false;
        }

        if (text.Length != 6 || !text.All(char.IsAsciiDigit))
        {
            error = $"行政区划代码“{text}”应为 6 位数字。";
            return false;
        }

        var province = int.Parse(text.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture);
        if (province is < 11 or > 82)
        {
            error = $"行政区划代码“{text}”的省级代码 {text[..2]} 不存在（应在 11–82 之间）。";
            return false;
        }

        code = new DivisionCode(text);
        error = string.Empty;
        return true;
    }

    public static DivisionCode Parse(string text) =>
        TryParse(text, out var code, out var error) ? code : throw new FormatException(error);

    public string ProvinceCode => Value[..2] + "0000";

    public override string ToString() => Value;
}
