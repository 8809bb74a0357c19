using System.Collections.Frozen;

namespace Gaoxin.Kernel.Registry;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015 with its amendments): 18 characters — registration authority (1),
/// kind of organisation (2), administrative division of the registering office (3–8), organisation code
/// (9–17, GB 11714) and a check character (18, ISO 7064 MOD 31-3).
/// </summary>
public readonly record struct UnifiedSocialCreditCode
{
    public const int Length = 18;

    /// <summary>The 31 characters the standard allows; I, O, S, V and Z are left out because they read like digits.</summary>
    public const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>登记管理部门代码 → its name and the kind codes it may issue (the standard's table, as amended).</summary>
    private static readonly FrozenDictionary<char, (string Authority, FrozenDictionary<char, string> Kinds)> Authorities =
        new Dictionary<char, (string, FrozenDictionary<char, string>)>
        {
            ['1'] = ("机构编制", Kinds(('1', "机关"), ('2', "事业单位"), ('3', "中央编办直接管理机构编制的群众团体"), ('9', "其他"))),
            ['2'] = ("外交", Kinds(('1', "外国常驻新闻机构"), ('9', "其他"))),
            ['3'] = ("司法行政", Kinds(('1', "律师执业机构"), ('2', "公证处"), ('3', "基层法律服务所"), ('4', "司法鉴定机构"), ('5', "仲裁委员会"), ('9', "其他"))),
            ['4'] = ("文化", Kinds(('1', "外国在华文化中心"), ('9', "其他"))),
            ['5'] = ("民政", Kinds(('1', "社会团体"), ('2', "民办非企业单位"), ('3', "基金会"), ('9', "其他"))),
            ['6'] = ("旅游", Kinds(('1', "外国旅游部门常驻代表机构"), ('2', "港澳台地区旅游部门常驻内地（大陆）代表机构"), ('9', "其他"))),
            ['7'] = ("宗教", Kinds(('1', "宗教活动场所"), ('2', "宗教院校"), ('9', "其他"))),
            ['8'] = ("工会", Kinds(('1', "基层工会"), ('9', "其他"))),
            ['9'] = ("工商", Kinds(('1', "企业"), ('2', "个体工商户"), ('3', "农民专业合作社"))),
            ['A'] = ("中央军委改革和编制办公室", Kinds(('1', "军队事业单位"), ('9', "其他"))),
            ['N'] = ("农业", Kinds(('1', "组级集体经济组织"), ('2', "村级集体经济组织"), ('3', "乡镇级集体经济组织"), ('9', "其他"))),
            ['Y'] = ("其他", Kinds(('1', "其他"))),
        }.ToFrozenDictionary();

    public string Value { get; }

    private UnifiedSocialCreditCode(string value) => Value = value;

    /// <summary>登记管理部门, e.g. 工商.</summary>
    public string RegistrationAuthority => Authorities[Value[0]].Authority;

    /// <summary>机构类别, e.g. 企业.</summary>
    public string Kind => Authorities[Value[0]].Kinds[Value[1]];

    /// <summary>登记管理机关行政区划码 (positions 3–8).</summary>
    public string DivisionCode => Value.Substring(2, 6);

    /// <summary>主体标识码 (组织机构代码, positions 9–17).</summary>
    public string OrganisationCode => Value.Substring(8, 9);

    /// <summary>Validates a code; lower-case letters and surrounding spaces are accepted and normalised.</summary>
    public static bool TryParse(string? text, out UnifiedSocialCreditCode code, out string error)
    {
        code = default;
        text = text?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(text))
        {
            error = "统一社会信用代码不能为空。";
            return false;
        }

        if (text.Length != Length)
        {
            error = $"统一社会信用代码应为 18 位，“{text}”为 {text.Length} 位。";
            return false;
        }

        for (var i = 0; i < Length; i++)
        {
            if (Charset.IndexOf(text[i], StringComparison.Ordinal) < 0)
            {
                error = $"统一社会信用代码第 {i + 1} 位“{text[i]}”不是允许的字符（只能是数字和除 I、O、S、V、Z 以外的大写字母）。";
                return false;
            }
        }

        if (!Authorities.TryGetValue(text[0], out var authority))
        {
            error = $"统一社会信用代码第 1 位登记管理部门代码“{text[0]}”不存在（应为 1–9、A、N 或 Y）。";
            return false;
        }

        if (!authority.Kinds.ContainsKey(text[1]))
        {
            error = $"统一社会信用代码第 2 位机构类别代码“{text[1]}”不属于登记管理部门“{authority.Authority}”（可用：{string.Join("、", authority.Kinds.Keys.Order())}）。";
            return false;
        }

        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                error = $"统一社会信用代码第 {i + 1} 位“{text[i]}”应为数字（第 3–8 位是登记管理机关行政区划码）。";
                return false;
            }
        }

        var expected = CheckCharacter(text.AsSpan(0, Length - 1));
        if (text[Length - 1] != expected)
        {
            error = $"统一社会信用代码校验码错误：第 18 位应为“{expected}”，实为“{text[Length - 1]}”。";
            return false;
        }

        code = new UnifiedSocialCreditCode(text);
        error = string.Empty;
        return true;
    }

    public static UnifiedSocialCreditCode Parse(string text) =>
        TryParse(text, out var code, out var error) ? code : throw new FormatException(error);

    /// <summary>The check character for the first 17 characters: C18 = 31 − (Σ Ci×Wi mod 31), 31 written as 0.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("计算校验码需要前 17 位。", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = Charset.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"第 {i + 1} 位“{first17[i]}”不是允许的字符。", nameof(first17));
            }

            sum += value * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Charset[check == 31 ? 0 : check];
    }

    public override string ToString() => Value ?? string.Empty;

    private static FrozenDictionary<char, string> Kinds(params (char Code, string Name)[] kinds) =>
        kinds.ToFrozenDictionary(k => k.Code, k => k.Name);
}
