using Gaoxin.Mobility.Fleet;

namespace Gaoxin.Mobility.Tests.Fleet;

/// <summary>
/// What the eligibility rules tell a person beyond pass or fail: the figures a refusal carries, which policy an insurance
/// message names when there are several, and sums over several road tests (cases the mutation run found unpinned).
/// </summary>
public sealed class FleetRuleMeaningTests
{
    private static readonly DateOnly From = new(2025, 9, 1);
    private static readonly DateOnly To = new(2026, 8, 31);

    [Fact]
    public void Kilometres_of_several_road_tests_add_up_to_the_threshold()
    {
        var facts = Facts.Eligible() with { RoadTests = [new RoadTestFact(new(2025, 7, 1), 0m, 500m), new RoadTestFact(new(2025, 8, 1), 0m, 500m)] };
        var outcome = new RoadTestDoneRule().Check(facts);
        outcome.Passed.ShouldBeTrue();
        outcome.Message.ShouldBe("道路测试已完成：道路测试累计 0 小时、1000 公里（要求 ≥ 240 小时或 ≥ 1000 公里）。");
    }

    [Fact]
    public void A_short_road_test_refusal_carries_what_was_done_and_what_is_required()
    {
        var facts = Facts.Eligible() with { RoadTests = [new RoadTestFact(new(2025, 7, 1), 100m, 300m), new RoadTestFact(new(2025, 8, 1), 20m, 200m)] };
        var outcome = new RoadTestDoneRule().Check(facts);
        outcome.Passed.ShouldBeFalse();
        outcome.Figures["hours"].ShouldBe("120");
        outcome.Figures["km"].ShouldBe("500");
        outcome.Figures["requiredHours"].ShouldBe("240");
        outcome.Figures["requiredKm"].ShouldBe("1000");
    }

    [Theory]
    [InlineData(3_000_000, 4_000_000)]
    [InlineData(4_000_000, 3_000_000)]
    public void Too_little_cover_names_the_largest_valid_policy_whatever_the_order(int first, int second)
    {
        var facts = Facts.Eligible() with { Insurance = [new InsuranceFact("人保", first, From, To), new InsuranceFact("平安", second, From, To)] };
        var outcome = new InsuranceValidRule().Check(facts);
        outcome.Passed.ShouldBeFalse();
        outcome.Message.ShouldBe("保额不足：2025-09-29 有效的保险最高保额 400 万元，低于最低保额 500 万元。");
        outcome.Figures["amount"].ShouldBe("4000000.00");
        outcome.Figures["minimum"].ShouldBe("5000000.00");
        outcome.Figures["on"].ShouldBe("2025-09-29");
    }

    [Theory]
    [InlineData("2025-06-30", "2025-08-31")]
    [InlineData("2025-08-31", "2025-06-30")]
    public void Lapsed_cover_names_the_latest_expiry(string firstTo, string secondTo)
    {
        var facts = Facts.Eligible() with
        {
            Insurance =
            [
                new InsuranceFact("人保", 5_000_000m, new(2024, 9, 1), DateOnly.Parse(firstTo, System.Globalization.CultureInfo.InvariantCulture)),
                new InsuranceFact("平安", 5_000_000m, new(2024, 9, 1), DateOnly.Parse(secondTo, System.Globalization.CultureInfo.InvariantCulture)),
            ],
        };
        var outcome = new InsuranceValidRule().Check(facts);
        outcome.Passed.ShouldBeFalse();
        outcome.Message.ShouldBe("保险已过期：最近一份保险止于 2025-08-31，2025-09-29 无有效保险。");
        outcome.Figures["expiredOn"].ShouldBe("2025-08-31");
    }

    [Fact]
    public void An_amount_that_is_not_whole_ten_thousands_is_shown_in_yuan_with_fen()
    {
        var facts = Facts.Eligible() with { Insurance = [new InsuranceFact("人保", 4_999_999.99m, From, To)] };
        new InsuranceValidRule().Check(facts).Message.ShouldBe("保额不足：2025-09-29 有效的保险最高保额 4,999,999.99 元，低于最低保额 500 万元。");
    }

    [Fact]
    public void Refusals_carry_their_figures()
    {
        var unstaffed = new SafetyOfficerAssignedRule().Check(Facts.Eligible() with { Staff = [] });
        unstaffed.Figures["on"].ShouldBe("2025-09-29");

        var tall = new VehicleWithinSizeRule().Check(Facts.Eligible() with { HeightMm = 2_001 });
        tall.Figures["size"].ShouldBe("3480x1380x2001");
        tall.Message.ShouldBe("尺寸超限：车高超出上限（3480×1380×2001 毫米，上限 3600×1500×2000 毫米）。");

        var fast = new DesignSpeedWithinLimitRule().Check(Facts.Eligible() with { DesignSpeedKmh = 41 });
        fast.Figures["speed"].ShouldBe("41");
        fast.Figures["limit"].ShouldBe("40");
    }

    [Theory]
    [InlineData("LE4ZG8DB9ML000123")] // E weighs 5 (ISO 3779): 284 mod 11 = 9
    [InlineData("LNBSCCAK1NR000001")] // N weighs 5: 243 mod 11 = 1
    public void Letters_e_and_n_count_as_five(string vin) => new VinCheckDigitRule().CheckVin(vin).Passed.ShouldBeTrue();
}
