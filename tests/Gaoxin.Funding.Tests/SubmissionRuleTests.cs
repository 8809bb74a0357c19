using Gaoxin.Funding.Awards;

namespace Gaoxin.Funding.Tests;

/// <summary>重复申请: only the same application, still open, is a duplicate; one fen, one word or one year apart is a new one.</summary>
public sealed class SubmissionRuleTests
{
    private static readonly OpenApplication First = new(2026, Instrument.Grant, 120_000m, 1_000_000m, "中试设备 70%，材料 30%");

    private static Gaoxin.Kernel.Rules.RuleOutcome Check(OpenApplication asked, params OpenApplication[] open) =>
        new NoDuplicateOpenApplicationRule().Check(new SubmissionFacts(asked, open));

    [Fact]
    public void The_same_application_while_the_first_is_open_is_refused_with_the_year_and_amount()
    {
        var outcome = Check(First, First);
        outcome.Passed.ShouldBeFalse();
        outcome.Rule.ShouldBe(nameof(NoDuplicateOpenApplicationRule));
        outcome.Message.ShouldBe("该项目 2026 年度已有一份内容相同（申请金额 120,000.00 元）、尚待决定的申请，请勿重复提交。");
    }

    [Fact]
    public void Spaces_around_the_breakdown_do_not_make_it_new() =>
        Check(First with { CostBreakdown = "  中试设备 70%，材料 30% " }, First).Passed.ShouldBeFalse();

    [Fact]
    public void Spaces_around_the_open_ones_breakdown_do_not_either() =>
        Check(First, First with { CostBreakdown = "中试设备 70%，材料 30%\n" }).Passed.ShouldBeFalse();

    [Fact]
    public void Nothing_open_passes() => Check(First).Passed.ShouldBeTrue();

    [Theory]
    [InlineData(120_000.01, 1_000_000, 2026, "Grant", "中试设备 70%，材料 30%")]
    [InlineData(119_999.99, 1_000_000, 2026, "Grant", "中试设备 70%，材料 30%")]
    [InlineData(120_000, 1_000_000.01, 2026, "Grant", "中试设备 70%，材料 30%")]
    [InlineData(120_000, 1_000_000, 2027, "Grant", "中试设备 70%，材料 30%")]
    [InlineData(120_000, 1_000_000, 2026, "InvestThenEquity", "中试设备 70%，材料 30%")]
    [InlineData(120_000, 1_000_000, 2026, "Grant", "中试设备 60%，材料 40%")]
    public void One_difference_makes_a_new_application(decimal amount, decimal eligible, int year, string instrument, string breakdown) =>
        Check(new OpenApplication(year, Enum.Parse<Instrument>(instrument), amount, eligible, breakdown), First).Passed.ShouldBeTrue();

    [Fact]
    public void A_duplicate_among_several_open_ones_is_found() =>
        Check(First, First with { Amount = 1m }, First, First with { FundYear = 2025 }).Passed.ShouldBeFalse();
}
