using Gaoxin.Kernel.Registry;

namespace Gaoxin.Kernel.Tests;

// Check characters below were computed by hand from the standard's formula (weights 1,3,9,…,28; 31 − Σ mod 31),
// and 91350100M000100Y43 is the worked example printed in GB 32100-2015.
public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43", "工商", "企业", "350100")]
    [InlineData("91510300MA62XXXXXL", "工商", "企业", "510300")]
    [InlineData("91110000600037341L", "工商", "企业", "110000")]
    [InlineData("12100000400000624D", "机构编制", "事业单位", "100000")]
    [InlineData("52100000MJ0000000Y", "民政", "民办非企业单位", "100000")]
    [InlineData("93510300MA6C12345L", "工商", "农民专业合作社", "510300")]
    [InlineData("Y15103000000000003", "其他", "其他", "510300")]
    public void Accepts_valid_codes_and_reads_their_parts(string text, string authority, string kind, string division)
    {
        UnifiedSocialCreditCode.TryParse(text, out var code, out var error).ShouldBeTrue(error);
        code.Value.ShouldBe(text);
        code.RegistrationAuthority.ShouldBe(authority);
        code.Kind.ShouldBe(kind);
        code.DivisionCode.ShouldBe(division);
        code.OrganisationCode.ShouldBe(text.Substring(8, 9));
    }

    [Fact]
    public void A_remainder_of_zero_gives_check_character_0()
    {
        // Σ Ci×Wi for 91510300MA6000039 is a multiple of 31, so 31 − 0 = 31, written as 0.
        UnifiedSocialCreditCode.CheckCharacter("91510300MA6000039").ShouldBe('0');
        UnifiedSocialCreditCode.TryParse("91510300MA60000390", out _, out var error).ShouldBeTrue(error);
    }

    [Fact]
    public void The_highest_check_value_maps_to_Y()
    {
        UnifiedSocialCreditCode.CheckCharacter("91510300MA6000029").ShouldBe('Y');
    }

    [Fact]
    public void Lower_case_and_spaces_are_normalised()
    {
        UnifiedSocialCreditCode.TryParse("  91510300ma62xxxxxl ", out var code, out var error).ShouldBeTrue(error);
        code.Value.ShouldBe("91510300MA62XXXXXL");
    }

    [Theory]
    [InlineData(null, "不能为空")]
    [InlineData("", "不能为空")]
    [InlineData("91510300MA62XXXXX", "应为 18 位")]
    [InlineData("91510300MA62XXXXXLL", "应为 18 位")]
    public void Refuses_empty_or_wrong_length(string? text, string reason)
    {
        UnifiedSocialCreditCode.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldContain(reason);
    }

    [Theory]
    [InlineData("91510300MA62XIXXXL", 14, "I")]
    [InlineData("91510300MO62XXXXXL", 10, "O")]
    [InlineData("91510300MA62XXSXXL", 15, "S")]
    [InlineData("91510300MA62XXXXVL", 17, "V")]
    [InlineData("Z1510300MA62XXXXXL", 1, "Z")]
    [InlineData("91510300MA62XX-XXL", 15, "-")]
    public void Refuses_illegal_characters_naming_the_position(string text, int position, string character)
    {
        UnifiedSocialCreditCode.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldContain($"第 {position} 位“{character}”不是允许的字符");
    }

    [Fact]
    public void Refuses_an_unknown_registration_authority()
    {
        UnifiedSocialCreditCode.TryParse("B1510300MA62XXXXXL", out _, out var error).ShouldBeFalse();
        error.ShouldContain("第 1 位登记管理部门代码“B”不存在");
    }

    [Theory]
    [InlineData("94510300MA62XXXXXL", "4", "工商")]
    [InlineData("54510300MA62XXXXXL", "4", "民政")]
    [InlineData("Y2510300MA62XXXXXL", "2", "其他")]
    public void Refuses_a_kind_the_authority_does_not_issue(string text, string kind, string authority)
    {
        UnifiedSocialCreditCode.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldContain($"第 2 位机构类别代码“{kind}”不属于登记管理部门“{authority}”");
    }

    [Fact]
    public void Refuses_letters_in_the_division_code()
    {
        UnifiedSocialCreditCode.TryParse("9151A300MA62XXXXXL", out _, out var error).ShouldBeFalse();
        error.ShouldContain("第 5 位“A”应为数字");
    }

    [Theory]
    [InlineData("91510300MA62XXXXX1", "L", "1")]
    [InlineData("91350100M000100Y44", "3", "4")]
    public void Refuses_a_wrong_check_character_saying_which_was_expected(string text, string expected, string actual)
    {
        UnifiedSocialCreditCode.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldContain($"第 18 位应为“{expected}”，实为“{actual}”");
    }

    [Fact]
    public void A_single_transposition_is_caught()
    {
        // Swapping two body characters of a valid code must break the check.
        UnifiedSocialCreditCode.TryParse("91350100M001000Y43", out _, out var error).ShouldBeFalse();
        error.ShouldContain("校验码错误");
    }

    [Fact]
    public void Parse_throws_with_the_reason() =>
        Should.Throw<FormatException>(() => UnifiedSocialCreditCode.Parse("123")).Message.ShouldContain("应为 18 位");
}
