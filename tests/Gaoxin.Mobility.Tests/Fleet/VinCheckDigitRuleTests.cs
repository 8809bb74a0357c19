using Gaoxin.Mobility.Fleet;

namespace Gaoxin.Mobility.Tests.Fleet;

public sealed class VinCheckDigitRuleTests
{
    private readonly VinCheckDigitRule _rule = new();

    [Theory]
    [InlineData("1M8GDM9AXKP042788")] // the textbook example: check digit X (remainder 10)
    [InlineData("11111111111111111")] // all ones: the sum is 89, 89 mod 11 = 1
    [InlineData("LJ9ZW4D58SZ250001")]
    public void A_vin_with_the_right_check_digit_passes(string vin)
    {
        Vin.ExpectedCheckDigit(vin).ShouldBe(vin[8]);
        _rule.CheckVin(vin).Passed.ShouldBeTrue();
    }

    [Fact]
    public void One_character_changed_fails_and_names_the_expected_digit()
    {
        var outcome = _rule.CheckVin("1M8GDM9A0KP042788");
        outcome.Passed.ShouldBeFalse();
        outcome.Rule.ShouldBe(nameof(VinCheckDigitRule));
        outcome.Message.ShouldBe("车辆识别代号校验位不正确：第 9 位为 0，按 GB 16735 应为 X。");
        outcome.Figures["expected"].ShouldBe("X");
    }

    [Theory]
    [InlineData("1M8GDM9AXKP04278")] // 16 characters
    [InlineData("1M8GDM9AXKP0427880")] // 18
    [InlineData("1M8GDM9AXKO042788")] // O
    [InlineData("IM8GDM9AXKP042788")] // I
    [InlineData("1M8GDM9AXKQ042788")] // Q
    [InlineData("1m8gdm9axkp042788")] // lower case
    public void A_vin_of_the_wrong_form_fails_with_the_format_message(string vin)
    {
        Vin.IsWellFormed(vin).ShouldBeFalse();
        var outcome = _rule.CheckVin(vin);
        outcome.Passed.ShouldBeFalse();
        outcome.Message.ShouldBe("车辆识别代号格式不正确：须为 17 位数字或大写字母，且不含 I、O、Q。");
        outcome.Figures["vin"].ShouldBe(vin, "the refusal names the code it refused");
    }
}
