using Gaoxin.Services.Calendar;
using Gaoxin.Services.Catalogue;

namespace Gaoxin.Services.Tests.Catalogue;

public sealed class PromiseWithinLegalLimitRuleTests
{
    private readonly PromiseWithinLegalLimitRule _rule = new();

    [Theory]
    [InlineData(20, null, true)]
    [InlineData(20, 1, true)]
    [InlineData(20, 20, true)]
    [InlineData(20, 21, false)]
    [InlineData(1, 2, false)]
    public void A_promise_may_equal_the_legal_limit_but_not_exceed_it(int legal, int? promised, bool passes)
    {
        var outcome = _rule.Check(new ItemLimits(legal, promised));
        outcome.Passed.ShouldBe(passes);
        outcome.Rule.ShouldBe(nameof(PromiseWithinLegalLimitRule));
        if (!passes)
        {
            outcome.Message.ShouldContain($"（{promised} 个工作日）");
            outcome.Figures["法定时限"].ShouldBe(legal.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}

public sealed class SharedFieldKindRuleTests
{
    private readonly SharedFieldKindRule _rule = new();

    [Fact]
    public void The_same_key_with_the_same_kind_elsewhere_passes()
    {
        _rule.Check(new FieldSet([("total_investment", FieldKind.Number)], [new SharedField("total_investment", FieldKind.Number, "企业投资项目备案")]))
            .Passed.ShouldBeTrue();
    }

    [Fact]
    public void A_new_key_passes()
    {
        _rule.Check(new FieldSet([("budget", FieldKind.Text)], [new SharedField("total_investment", FieldKind.Number, "企业投资项目备案")])).Passed.ShouldBeTrue();
    }

    [Fact]
    public void The_same_key_with_another_kind_elsewhere_is_refused_naming_the_item()
    {
        var outcome = _rule.Check(new FieldSet([("phone", FieldKind.Text), ("total_investment", FieldKind.Text)],
            [new SharedField("phone", FieldKind.Text, "甲"), new SharedField("total_investment", FieldKind.Number, "企业投资项目备案")]));
        outcome.Passed.ShouldBeFalse();
        outcome.Message.ShouldContain("total_investment");
        outcome.Message.ShouldContain("企业投资项目备案");
        outcome.Figures["字段"].ShouldBe("total_investment");
    }
}

public sealed class ArrangementIsConsistentRuleTests
{
    private readonly ArrangementIsConsistentRule _rule = new();

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void The_published_2026_arrangement_passes()
    {
        _rule.Check(new YearArrangement(2026, NationalHolidays.Days.Where(d => d.Date.Year == 2026).Select(d => (d.Date, d.Kind)).ToList())).Passed.ShouldBeTrue();
    }

    [Fact]
    public void A_make_up_day_on_a_saturday_or_sunday_passes_and_on_a_friday_is_refused()
    {
        _rule.Check(new YearArrangement(2026, [(D(2026, 10, 10), DayKind.MakeUpWorkday)])).Passed.ShouldBeTrue();   // Saturday
        _rule.Check(new YearArrangement(2026, [(D(2026, 9, 20), DayKind.MakeUpWorkday)])).Passed.ShouldBeTrue();    // Sunday
        var friday = _rule.Check(new YearArrangement(2026, [(D(2026, 10, 9), DayKind.MakeUpWorkday)]));
        friday.Passed.ShouldBeFalse();
        friday.Figures["日期"].ShouldBe("2026-10-09");
        var monday = _rule.Check(new YearArrangement(2026, [(D(2026, 10, 12), DayKind.MakeUpWorkday)]));
        monday.Passed.ShouldBeFalse();
    }

    [Fact]
    public void A_holiday_may_fall_on_a_weekend()
    {
        _rule.Check(new YearArrangement(2026, [(D(2026, 10, 3), DayKind.Holiday)])).Passed.ShouldBeTrue();
    }

    [Fact]
    public void A_date_outside_the_year_is_refused_at_both_ends()
    {
        _rule.Check(new YearArrangement(2027, [(D(2027, 1, 1), DayKind.Holiday), (D(2027, 12, 31), DayKind.Holiday)])).Passed.ShouldBeTrue();
        _rule.Check(new YearArrangement(2027, [(D(2026, 12, 31), DayKind.Holiday)])).Message.ShouldContain("不在 2027 年内");
        _rule.Check(new YearArrangement(2027, [(D(2028, 1, 1), DayKind.Holiday)])).Passed.ShouldBeFalse();
    }

    [Fact]
    public void A_date_listed_twice_is_refused()
    {
        var outcome = _rule.Check(new YearArrangement(2027, [(D(2027, 2, 8), DayKind.Holiday), (D(2027, 2, 8), DayKind.Holiday)]));
        outcome.Passed.ShouldBeFalse();
        outcome.Message.ShouldContain("2027-02-08");
    }
}
