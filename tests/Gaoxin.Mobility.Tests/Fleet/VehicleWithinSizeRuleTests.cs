using Gaoxin.Mobility.Fleet;

namespace Gaoxin.Mobility.Tests.Fleet;

public sealed class VehicleWithinSizeRuleTests
{
    private readonly VehicleWithinSizeRule _rule = new();

    [Theory]
    [InlineData(3_600, 1_500, 2_000, true)] // every maximum exactly
    [InlineData(3_601, 1_500, 2_000, false)]
    [InlineData(3_600, 1_501, 2_000, false)]
    [InlineData(3_600, 1_500, 2_001, false)]
    public void Each_dimension_up_to_its_maximum(int length, int width, int height, bool passes) =>
        _rule.Check(Facts.Eligible() with { LengthMm = length, WidthMm = width, HeightMm = height }).Passed.ShouldBe(passes);

    [Fact]
    public void The_reason_names_what_is_over()
    {
        var outcome = _rule.Check(Facts.Eligible() with { LengthMm = 4_700, WidthMm = 1_500, HeightMm = 2_100 });
        outcome.Message.ShouldBe("尺寸超限：车长、车高超出上限（4700×1500×2100 毫米，上限 3600×1500×2000 毫米）。");
        outcome.Figures["limit"].ShouldBe("3600x1500x2000");
    }
}
