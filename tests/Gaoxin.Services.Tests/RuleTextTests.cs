using System.Globalization;
using Gaoxin.Kernel.Rules;
using Gaoxin.Services.Approvals;
using Gaoxin.Services.Calendar;
using Gaoxin.Services.Catalogue;
using Gaoxin.Services.Queues;
using Gaoxin.Services.Relief;
using Gaoxin.Services.ServicePage;

namespace Gaoxin.Services.Tests;

/// <summary>
/// What a person reads when a services rule refuses or reminds: each explanation and its figures, word for word (issue #23),
/// and the boundaries the rule tests in the feature folders leave open.
/// </summary>
public sealed class CatalogueRuleTextTests
{
    [Fact]
    public void A_promise_longer_than_the_law_names_both_limits()
    {
        var rule = new PromiseWithinLegalLimitRule();
        var outcome = rule.Check(new ItemLimits(20, 21));
        outcome.Rule.ShouldBe(nameof(PromiseWithinLegalLimitRule));
        outcome.Message.ShouldBe("承诺时限（21 个工作日）不能超过法定时限（20 个工作日）。");
        outcome.Figures["承诺时限"].ShouldBe("21");
        outcome.Figures["法定时限"].ShouldBe("20");
        rule.Check(new ItemLimits(20, 20)).Passed.ShouldBeTrue();
        rule.Check(new ItemLimits(20, null)).Passed.ShouldBeTrue();
    }

    [Fact]
    public void A_key_of_another_kind_elsewhere_names_the_field_and_the_item()
    {
        var rule = new SharedFieldKindRule();
        var elsewhere = new[] { new SharedField("name", FieldKind.Text, "名称变更"), new SharedField("capital", FieldKind.Text, "设立登记") };
        var outcome = rule.Check(new FieldSet([("name", FieldKind.Text), ("capital", FieldKind.Number)], elsewhere));
        outcome.Rule.ShouldBe(nameof(SharedFieldKindRule));
        outcome.Message.ShouldBe("字段“capital”在事项“设立登记”中是另一种类型；同一字段在各事项中的类型必须一致，才能一表填报。");
        outcome.Figures["字段"].ShouldBe("capital");
        rule.Check(new FieldSet([("name", FieldKind.Text), ("phone", FieldKind.Number)], elsewhere)).Passed.ShouldBeTrue();
    }
}

public sealed class CalendarRuleTextTests
{
    private static RuleOutcome Check(params (DateOnly, DayKind)[] days) => new ArrangementIsConsistentRule().Check(new YearArrangement(2026, days));

    [Fact]
    public void Each_fault_of_an_arrangement_names_the_date()
    {
        var outside = Check((new DateOnly(2026, 1, 1), DayKind.Holiday), (new DateOnly(2025, 12, 31), DayKind.Holiday));
        outside.Rule.ShouldBe(nameof(ArrangementIsConsistentRule));
        outside.Message.ShouldBe("2025-12-31 不在 2026 年内。");
        outside.Figures["日期"].ShouldBe("2025-12-31");
        Check((new DateOnly(2026, 1, 5), DayKind.MakeUpWorkday)).Message.ShouldBe("2026-01-05 是工作日，不需要列为调休上班日。"); // a Monday
        var twice = Check((new DateOnly(2026, 1, 1), DayKind.Holiday), (new DateOnly(2026, 1, 2), DayKind.Holiday), (new DateOnly(2026, 1, 1), DayKind.Holiday));
        twice.Message.ShouldBe("2026-01-01 出现了不止一次。");
        twice.Figures["日期"].ShouldBe("2026-01-01");
    }

    [Fact]
    public void Make_up_days_on_either_weekend_day_and_holidays_once_each_pass() =>
        Check((new DateOnly(2026, 1, 3), DayKind.MakeUpWorkday), (new DateOnly(2026, 1, 4), DayKind.MakeUpWorkday), (new DateOnly(2026, 1, 1), DayKind.Holiday))
            .Passed.ShouldBeTrue();

    [Fact]
    public void Counting_backwards_and_across_a_make_up_day()
    {
        var calendar = new WorkingCalendar([(new DateOnly(2026, 1, 1), DayKind.Holiday), (new DateOnly(2026, 1, 4), DayKind.MakeUpWorkday)], [2026]);
        calendar.Covers(2026).ShouldBeTrue();
        calendar.Covers(2027).ShouldBeFalse();
        calendar.Years.ShouldBe([2026]);
        calendar.IsWorkingDay(new DateOnly(2026, 1, 1)).ShouldBeFalse();  // a Thursday off
        calendar.IsWorkingDay(new DateOnly(2026, 1, 4)).ShouldBeTrue();   // a Sunday worked
        calendar.IsWorkingDay(new DateOnly(2026, 1, 3)).ShouldBeFalse();
        // (Wed 31 Dec, Mon 5 Jan]: Fri 2 and Sun 4 and Mon 5 are worked.
        calendar.WorkingDaysBetween(new DateOnly(2025, 12, 31), new DateOnly(2026, 1, 5)).ShouldBe(3);
        calendar.WorkingDaysBetween(new DateOnly(2026, 1, 5), new DateOnly(2025, 12, 31)).ShouldBe(-3);
        calendar.WorkingDaysBetween(new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 5)).ShouldBe(0);
        calendar.AddWorkingDays(new DateOnly(2025, 12, 31), 3).ShouldBe(new DateOnly(2026, 1, 5));
        calendar.AddWorkingDays(new DateOnly(2026, 1, 5), -3).ShouldBe(new DateOnly(2025, 12, 31));
        calendar.AddWorkingDays(new DateOnly(2026, 1, 3), 0).ShouldBe(new DateOnly(2026, 1, 3));
    }
}

public sealed class ReliefRuleTextTests
{
    [Fact]
    public void A_rating_says_whether_the_case_closes_or_goes_back()
    {
        var rule = new ReopenWhenDissatisfiedRule();
        var closes = rule.Check(3);
        closes.Passed.ShouldBeTrue();
        closes.Message.ShouldBe("满意度 3 分，诉求办结。");
        var back = rule.Check(2);
        back.Rule.ShouldBe(nameof(ReopenWhenDissatisfiedRule));
        back.Message.ShouldBe("满意度 2 分（不高于 2 分），诉求退回原部门重新办理。");
        back.Figures["satisfaction"].ShouldBe("2");
        back.Figures["dissatisfiedAtMost"].ShouldBe("2");
    }

    [Theory]
    [InlineData(DifficultyCategory.Approvals, 10)]
    [InlineData(DifficultyCategory.Labour, 10)]
    [InlineData(DifficultyCategory.Land, 20)]
    [InlineData(DifficultyCategory.Financing, 15)]
    [InlineData(DifficultyCategory.SupplyChain, 15)]
    [InlineData(DifficultyCategory.Market, 15)]
    public void Each_category_has_its_working_days(DifficultyCategory category, int days) => ReliefDeadlineRule.WorkingDays(category).ShouldBe(days);

    [Fact]
    public void The_default_deadline_counts_working_days_from_the_day_after() =>
        ReliefDeadlineRule.DefaultFrom(new DateOnly(2026, 1, 2), DifficultyCategory.Approvals, WorkingCalendar.WeekendsOnly).ShouldBe(new DateOnly(2026, 1, 16));

    [Fact]
    public void A_deadline_in_the_past_names_both_days()
    {
        var rule = new DeadlineNotInPastRule();
        var outcome = rule.Check(new DeadlineFacts(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 2)));
        outcome.Rule.ShouldBe(nameof(DeadlineNotInPastRule));
        outcome.Message.ShouldBe("办理期限 2026-03-01 早于今天（2026-03-02）。");
        outcome.Figures["deadline"].ShouldBe("2026-03-01");
        outcome.Figures["today"].ShouldBe("2026-03-02");
    }

    [Fact]
    public void A_sales_drop_over_the_share_says_by_how_much()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("zh-CN"); // the app answers in zh-CN
        try
        {
            var outcome = new SalesDropRule().Check(new WarningFacts(2025, 100m, 79m, null, null, null, null));
            outcome.Rule.ShouldBe(nameof(SalesDropRule));
            outcome.Message.ShouldBe("2025 年营业收入同比下降 21.0%（超过 20%）。");
            outcome.Figures["salesBefore"].ShouldBe("100");
            outcome.Figures["sales"].ShouldBe("79");
            outcome.Figures["drop"].ShouldBe("0.21");
            outcome.Figures["threshold"].ShouldBe("0.2");

            var people = new FallingEmploymentRule().Check(new WarningFacts(2025, null, null, null, null, 200, 169));
            people.Rule.ShouldBe(nameof(FallingEmploymentRule));
            people.Message.ShouldBe("2025 年从业人员由 200 人减至 169 人（减少 31 人，15.5%）。");
            people.Figures["employeesBefore"].ShouldBe("200");
            people.Figures["employees"].ShouldBe("169");
            people.Figures["drop"].ShouldBe("0.155");
            people.Figures["thresholdShare"].ShouldBe("0.15");
            people.Figures["thresholdCount"].ShouldBe("50");
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData(100.0, 80.0, true)]   // exactly 20% does not fire
    [InlineData(100.0, 79.99, false)]
    [InlineData(0.0, 0.0, true)]      // no sales before: nothing to compare
    [InlineData(-5.0, 0.0, true)]
    public void The_sales_drop_boundary(double salesBefore, double sales, bool passes) =>
        new SalesDropRule().Check(new WarningFacts(2025, (decimal)salesBefore, (decimal)sales, null, null, null, null)).Passed.ShouldBe(passes);

    [Fact]
    public void Too_little_data_passes_with_a_note()
    {
        new SalesDropRule().Check(new WarningFacts(2025, 100m, null, null, null, null, null)).Message.ShouldBe("数据不足，无法比较营业收入。");
        new SalesDropRule().Check(new WarningFacts(2025, null, 100m, null, null, null, null)).Passed.ShouldBeTrue();
        new SalesDropRule().Check(new WarningFacts(2025, 0m, 100m, null, null, null, null)).Message.ShouldBe("数据不足，无法比较营业收入。");
        new FallingEmploymentRule().Check(new WarningFacts(2025, null, null, null, null, 100, null)).Message.ShouldBe("数据不足，无法比较从业人员。");
        new FallingEmploymentRule().Check(new WarningFacts(2025, null, null, null, null, null, 10)).Passed.ShouldBeTrue();
        new FallingEmploymentRule().Check(new WarningFacts(2025, null, null, null, null, 0, 10)).Message.ShouldBe("数据不足，无法比较从业人员。");
    }

    [Theory]
    [InlineData(200, 170, true)]    // exactly 15%
    [InlineData(1000, 950, true)]   // exactly 50 people
    [InlineData(1000, 949, false)]  // 51 people, only 5.1%
    [InlineData(100, 84, false)]    // 16 people, 16%
    public void The_employment_boundaries(int before, int now, bool passes) =>
        new FallingEmploymentRule().Check(new WarningFacts(2025, null, null, null, null, before, now)).Passed.ShouldBe(passes);

    [Fact]
    public void Two_years_of_loss_names_both_years()
    {
        var outcome = new SecondYearOfLossRule().Check(new WarningFacts(2025, null, null, -1.5m, -2m, null, null));
        outcome.Rule.ShouldBe(nameof(SecondYearOfLossRule));
        outcome.Message.ShouldBe("2024、2025 年连续亏损。");
        outcome.Figures["profitBefore"].ShouldBe("-1.5");
        outcome.Figures["profit"].ShouldBe("-2");
        new SecondYearOfLossRule().Check(new WarningFacts(2025, null, null, -1m, 0m, null, null)).Passed.ShouldBeTrue();
        new SecondYearOfLossRule().Check(new WarningFacts(2025, null, null, 0m, -1m, null, null)).Passed.ShouldBeTrue();
    }

    [Fact]
    public void The_first_fired_kind_decides_the_category()
    {
        var all = EarlyWarnings.Fired(new WarningFacts(2025, 100m, 10m, -1m, -1m, 100, 10));
        all.Select(o => o.Rule).ShouldBe([nameof(SalesDropRule), nameof(SecondYearOfLossRule), nameof(FallingEmploymentRule)]);
        EarlyWarnings.CategoryOf(all).ShouldBe(DifficultyCategory.Market);
        EarlyWarnings.CategoryOf(EarlyWarnings.Fired(new WarningFacts(2025, 100m, 100m, -1m, -1m, 100, 10))).ShouldBe(DifficultyCategory.Financing);
        EarlyWarnings.CategoryOf(EarlyWarnings.Fired(new WarningFacts(2025, 100m, 100m, 1m, 1m, 100, 10))).ShouldBe(DifficultyCategory.Labour);
        EarlyWarnings.Fired(new WarningFacts(2025, 100m, 100m, 1m, 1m, 100, 100)).ShouldBeEmpty();
    }
}

public sealed class ApprovalRuleTextTests
{
    [Fact]
    public void Missing_essential_materials_are_listed()
    {
        var rule = new EssentialMaterialsRule();
        rule.Name.ShouldBe("必要材料齐全");
        var outcome = rule.Check(new MaterialFacts("设立登记", ["公司章程", "股东会决议"]));
        outcome.Message.ShouldBe("“设立登记”缺少必要材料：公司章程、股东会决议。必要材料不能容缺。");
        outcome.Figures["事项"].ShouldBe("设立登记");
        outcome.Figures["缺少的必要材料"].ShouldBe("公司章程、股东会决议");
        Should.Throw<ArgumentNullException>(() => rule.Check(null!));
    }

    [Fact]
    public void A_deferred_material_is_promised_after_today_and_within_the_days_allowed()
    {
        var rule = new DeferPromiseRule();
        rule.Name.ShouldBe("容缺承诺期限");
        var today = new DateOnly(2026, 3, 1);
        var same = rule.Check(new DeferFacts("租赁合同", today, today, 30));
        same.Message.ShouldBe("容缺材料“租赁合同”的承诺补齐日期须晚于今天。");
        same.Figures["材料"].ShouldBe("租赁合同");
        same.Figures["承诺日期"].ShouldBe("2026-03-01");
        same.Figures["最迟"].ShouldBe("2026-03-31");
        var late = rule.Check(new DeferFacts("租赁合同", today, new DateOnly(2026, 4, 1), 30));
        late.Message.ShouldBe("容缺材料“租赁合同”须在 30 日内补齐（最迟 2026-03-31）。");
        rule.Check(new DeferFacts("租赁合同", today, new DateOnly(2026, 3, 31), 30)).Passed.ShouldBeTrue();
        rule.Check(new DeferFacts("租赁合同", today, new DateOnly(2026, 3, 2), 30)).Passed.ShouldBeTrue();
        Should.Throw<ArgumentNullException>(() => rule.Check(null!));
        new ApprovalSettings().DeferMaxDays.ShouldBe(30);
    }

    private static FieldDefinition Field(FieldKind kind, string label = "注册资本", bool required = false, int? maxLength = null, decimal? min = null, decimal? max = null, string? choices = null) =>
        new("f", label, kind, required, maxLength, min, max, choices, 1);

    [Fact]
    public void Each_fault_of_a_value_has_its_message()
    {
        var rule = new FormFieldRule();
        rule.Name.ShouldBe("表单字段校验");
        var required = rule.Check(new FieldFacts(Field(FieldKind.Text, "企业名称", required: true), "  "));
        required.Message.ShouldBe("请填写企业名称。");
        required.Figures["字段"].ShouldBe("f");
        FormFieldRule.MessageFor(Field(FieldKind.Number), "1,000").ShouldBe("注册资本须为数字。");
        FormFieldRule.MessageFor(Field(FieldKind.Number, min: 1.5m), "1.49").ShouldBe("注册资本不能小于 1.5。");
        FormFieldRule.MessageFor(Field(FieldKind.Number, max: 100), "100.01").ShouldBe("注册资本不能大于 100。");
        FormFieldRule.MessageFor(Field(FieldKind.Date, "成立日期"), "2026-02-30").ShouldBe("成立日期须为日期（格式 yyyy-MM-dd）。");
        FormFieldRule.MessageFor(Field(FieldKind.Choice, "企业类型", choices: "有限公司| 合伙企业 ||"), "个体").ShouldBe("企业类型须为以下之一：有限公司、合伙企业。");
        FormFieldRule.MessageFor(Field(FieldKind.CreditCode, "统一社会信用代码"), "91510300MA62XXXXX0")!.ShouldStartWith("统一社会信用代码无效：");
        FormFieldRule.MessageFor(Field(FieldKind.Text, "简介", maxLength: 3), "四个字啊").ShouldBe("简介不超过 3 字。");
        FormFieldRule.MessageFor(Field(FieldKind.Text, "简介"), new string('字', 2001)).ShouldBe("简介不超过 2000 字。");
    }

    [Theory]
    [InlineData(FieldKind.Number, "1.5")]      // at the minimum
    [InlineData(FieldKind.Number, "100")]      // at the maximum
    [InlineData(FieldKind.Number, " 50 ")]     // spaces around are not the value
    [InlineData(FieldKind.Date, "1900-01-01")]
    [InlineData(FieldKind.Date, "2200-12-31")]
    [InlineData(FieldKind.Choice, "合伙企业")]
    [InlineData(FieldKind.Text, "三个字")]
    [InlineData(FieldKind.Text, "")]           // optional and empty
    public void Values_at_the_bounds_pass(FieldKind kind, string value) =>
        FormFieldRule.MessageFor(Field(kind, maxLength: 3, min: 1.5m, max: 100, choices: "有限公司|合伙企业"), value).ShouldBeNull();

    [Theory]
    [InlineData("1899-12-31")]
    [InlineData("2201-01-01")]
    [InlineData("2026/01/01")]
    public void Dates_out_of_range_or_format_fail(string value) =>
        FormFieldRule.MessageFor(Field(FieldKind.Date), value).ShouldNotBeNull();

    [Fact]
    public void A_negative_number_is_read_with_its_sign() =>
        FormFieldRule.MessageFor(Field(FieldKind.Number, min: 0), "-1").ShouldBe("注册资本不能小于 0。");

    [Fact]
    public void Errors_name_each_faulty_field_and_each_unknown_one()
    {
        var errors = FormFieldRule.Errors(
            [Field(FieldKind.Text, "企业名称", required: true) with { Key = "name" }, Field(FieldKind.Number) with { Key = "capital" }],
            new Dictionary<string, string?> { ["capital"] = "100", ["extra"] = "x" });
        errors.Keys.ShouldBe(["fields.name", "fields.extra"], ignoreOrder: true);
        errors["fields.name"].ShouldBe(["请填写企业名称。"]);
        errors["fields.extra"].ShouldBe(["所选事项的表单中没有此字段。"]);
        Should.Throw<ArgumentNullException>(() => FormFieldRule.Errors(null!, new Dictionary<string, string?>()));
        Should.Throw<ArgumentNullException>(() => FormFieldRule.Errors([], null!));
        Should.Throw<ArgumentNullException>(() => FormFieldRule.MessageFor(null!, "x"));
        Should.Throw<ArgumentNullException>(() => new FormFieldRule().Check(null!));
    }

    [Fact]
    public void A_definition_is_read_from_the_catalogues_field_as_entered()
    {
        var field = new FormField(Gaoxin.Kernel.Zones.ZoneId.New(), Guid.NewGuid(), "capital", "注册资本", FieldKind.Number, true, 3) { MaxLength = 12, Min = 1, Max = 9, Choices = "甲|乙" };
        FieldDefinition.Of(field).ShouldBe(new FieldDefinition("capital", "注册资本", FieldKind.Number, true, 12, 1, 9, "甲|乙", 3));
        Field(FieldKind.Choice).Options.ShouldBeEmpty();
        FormFieldRule.MessageFor(Field(FieldKind.Choice, "企业类型"), "个体").ShouldBe("企业类型须为以下之一：。");
    }

    [Fact]
    public void Merged_fields_take_the_tightest_terms_in_first_seen_order()
    {
        var a1 = new FieldDefinition("a", "甲", FieldKind.Number, false, 10, 1, 100, null, 1);
        var b = new FieldDefinition("b", "乙", FieldKind.Text, false, null, null, null, null, 2);
        var a2 = new FieldDefinition("a", "甲", FieldKind.Number, true, 5, 2, 50, null, 3);
        var a3 = new FieldDefinition("a", "甲", FieldKind.Number, false, null, null, null, null, 4);
        var merged = FieldDefinition.Merge([a1, b, a2, a3]);
        merged.Select(f => f.Key).ShouldBe(["a", "b"]);
        merged[0].Required.ShouldBeTrue();
        merged[0].MaxLength.ShouldBe(5);
        merged[0].Min.ShouldBe(2m);
        merged[0].Max.ShouldBe(50m);
        var fromNothing = FieldDefinition.Merge([b, b with { MaxLength = 7, Min = 3, Max = 9 }]);
        fromNothing.Single().MaxLength.ShouldBe(7);
        fromNothing.Single().Min.ShouldBe(3m);
        fromNothing.Single().Max.ShouldBe(9m);
    }
}

public sealed class ClockRuleTextTests
{
    [Fact]
    public void A_warning_and_an_overdue_item_say_how_many_days()
    {
        var warned = new ClockWarningRule().Check(new ClockFacts(20, 4));
        warned.Message.ShouldBe("已用 16 个工作日，达到法定时限 20 个工作日的 80%");
        warned.Figures["limitDays"].ShouldBe("20");
        warned.Figures["usedDays"].ShouldBe("16");
        warned.Figures["remainingDays"].ShouldBe("4");
        var late = new ClockOverdueRule().Check(new ClockFacts(5, -2));
        late.Rule.ShouldBe(nameof(ClockOverdueRule));
        late.Message.ShouldBe("已超过法定时限 2 个工作日");
        late.Figures["usedDays"].ShouldBe("7");
        late.Figures["remainingDays"].ShouldBe("-2");
    }

    [Theory]
    [InlineData(ItemStatus.Correction, 5, -3, ClockState.Paused)]
    [InlineData(ItemStatus.InReview, 5, -1, ClockState.Overdue)]
    [InlineData(ItemStatus.InReview, 5, 0, ClockState.Warning)]
    [InlineData(ItemStatus.InReview, 5, 1, ClockState.Warning)]
    [InlineData(ItemStatus.InReview, 5, 2, ClockState.Normal)]
    public void The_state_shown_for_an_item(ItemStatus status, int limit, int remaining, ClockState state) =>
        ClockStates.Of(status, limit, remaining).ShouldBe(state);
}

public sealed class DueRuleTextTests
{
    private static readonly DateOnly ValidTo = new(2026, 6, 30);

    [Fact]
    public void A_certificate_is_reminded_from_ninety_days_before_and_followed_ninety_after()
    {
        var rule = new CertificateExpiryRule();
        rule.Name.ShouldBe(nameof(CertificateExpiryRule));
        var first = rule.Check(new ExpiryFacts("高新技术企业证书", ValidTo, ValidTo.AddDays(-90)));
        first.Message.ShouldBe("高新技术企业证书有效期至 2026-06-30（还有 90 天），请做好复审或重新认定准备。");
        first.Figures["dueOn"].ShouldBe("2026-06-30");
        first.Figures["daysLeft"].ShouldBe("90");
        rule.Check(new ExpiryFacts("高新技术企业证书", ValidTo, ValidTo.AddDays(-91))).Passed.ShouldBeTrue();
        rule.Check(new ExpiryFacts("高新技术企业证书", ValidTo, ValidTo)).Message.ShouldBe("高新技术企业证书有效期至 2026-06-30（今日到期），请做好复审或重新认定准备。");
        var expired = rule.Check(new ExpiryFacts("高新技术企业证书", ValidTo, ValidTo.AddDays(2)));
        expired.Message.ShouldBe("高新技术企业证书已于 2026-06-30 到期，请及时重新申报。");
        expired.Figures["daysLeft"].ShouldBe("-2");
        rule.Assess(new ExpiryFacts("高新技术企业证书", ValidTo, ValidTo.AddDays(90)))!.Standing.ShouldBe(DueStanding.Overdue);
        rule.Assess(new ExpiryFacts("高新技术企业证书", ValidTo, ValidTo.AddDays(91))).ShouldBeNull();
    }

    [Fact]
    public void The_tech_sme_evaluation_is_due_by_31_march_of_the_next_year()
    {
        var rule = new TechSmeEvaluationDueRule();
        rule.Check(new TechSmeFacts(new DateOnly(2026, 2, 1), 2025)).Message.ShouldBe("请于 2026-03-31 前完成 2026 年度科技型中小企业评价（还有 58 天）。");
        rule.Check(new TechSmeFacts(new DateOnly(2026, 4, 2), 2025)).Message.ShouldBe("2026 年度科技型中小企业评价已于 3月31日 截止，入库登记已失效。");
        rule.Assess(new TechSmeFacts(new DateOnly(2026, 1, 1), 2025))!.Standing.ShouldBe(DueStanding.Due);
        rule.Assess(new TechSmeFacts(new DateOnly(2026, 12, 31), 2026))!.Standing.ShouldBe(DueStanding.NotYet);
        rule.Assess(new TechSmeFacts(new DateOnly(2026, 2, 1), 2024)).ShouldBeNull();
        rule.Assess(new TechSmeFacts(new DateOnly(2026, 2, 1), null)).ShouldBeNull();
    }

    [Fact]
    public void Annual_data_and_milestones_say_when_and_how_long_is_left()
    {
        var annual = new AnnualDataDueRule();
        annual.Check(new AnnualDataFacts(new DateOnly(2026, 6, 30), false)).Message.ShouldBe("2025 年度数据尚未填报，请于 2026-06-30 前报送（今日到期）。");
        annual.Check(new AnnualDataFacts(new DateOnly(2026, 6, 30), true)).Passed.ShouldBeTrue();
        annual.Assess(new AnnualDataFacts(new DateOnly(2026, 1, 1), false))!.Standing.ShouldBe(DueStanding.Due);
        annual.Assess(new AnnualDataFacts(new DateOnly(2026, 7, 1), false))!.Standing.ShouldBe(DueStanding.Overdue);

        var milestone = new MilestoneDueRule();
        var due = new DateOnly(2026, 5, 1);
        milestone.Check(new MilestoneFacts("钠电中试", "中试线建成", due, true, due.AddDays(3))).Message.ShouldBe("项目“钠电中试”的节点“中试线建成”计划于 2026-05-01 完成（已逾期 3 天），请按期提交验收材料。");
        milestone.Check(new MilestoneFacts("钠电中试", "中试线建成", due, true, due.AddDays(-30))).Passed.ShouldBeFalse();
        milestone.Check(new MilestoneFacts("钠电中试", "中试线建成", due, true, due.AddDays(-31))).Passed.ShouldBeTrue();
        milestone.Check(new MilestoneFacts("钠电中试", "中试线建成", due, false, due.AddDays(3))).Passed.ShouldBeTrue();
    }

    [Theory]
    [InlineData(31, new int[0], null)]
    [InlineData(30, new int[0], 30)]
    [InlineData(8, new[] { 30 }, null)]
    [InlineData(7, new[] { 30 }, 7)]
    [InlineData(-3, new[] { 30 }, 7)]     // late counts as the last stage
    [InlineData(5, new int[0], 7)]        // first seen at 5 days: one reminder, the 7-day one
    [InlineData(20, new[] { 7 }, null)]   // a later stage already posted
    [InlineData(5, new[] { 7 }, null)]
    public void The_reminder_stage_to_post(int daysLeft, int[] sent, int? stage)
    {
        DueReminderRule.StageToPost(new ReminderFacts(daysLeft, sent)).ShouldBe(stage);
        var outcome = new DueReminderRule().Check(new ReminderFacts(daysLeft, sent));
        outcome.Passed.ShouldBe(stage is null);
        if (stage is { } s)
        {
            outcome.Rule.ShouldBe(nameof(DueReminderRule));
            outcome.Message.ShouldBe($"到期前 {s} 天提醒。");
            outcome.Figures["stage"].ShouldBe(s.ToString(CultureInfo.InvariantCulture));
        }
    }
}
