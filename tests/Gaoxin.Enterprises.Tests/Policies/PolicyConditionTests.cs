using Gaoxin.Enterprises.Certification;
using Gaoxin.Enterprises.Policies;
using Gaoxin.Enterprises.Tests.Certification;

namespace Gaoxin.Enterprises.Tests.Policies;

public sealed class PolicyConditionParserTests
{
    private static IReadOnlyList<string> Errors(string? text)
    {
        PolicyConditionParser.TryParse(text, out var condition, out var errors).ShouldBeFalse();
        condition.ShouldBeNull();
        return errors;
    }

    [Fact]
    public void Parses_the_example_from_the_brief()
    {
        var c = PolicyConditionParser.Parse("""{"all":[{"holds":"HighTech","recognisedInYear":"current"},{"metric":"RdToSales","op":">=","value":0.03},{"aboveDesignatedSize":true}]}""");
        var all = c.ShouldBeOfType<AllOf>();
        all.Conditions[0].ShouldBe(new HoldsCondition(SchemeCode.HighTech, null, YearReference.Current));
        all.Conditions[1].ShouldBe(new MetricCondition(PolicyMetric.RdToSales, CompareOp.AtLeast, 0.03m));
        all.Conditions[2].ShouldBe(new AboveDesignatedSizeCondition(true));
    }

    [Fact]
    public void Unknown_metric_is_named_with_its_path() =>
        Errors("""{"all":[{"flag":"OwnsCoreIp"},{"metric":"RdToSale","op":">=","value":0.03}]}""")
            .ShouldHaveSingleItem().ShouldStartWith("$.all[1].metric：未知指标“RdToSale”");

    [Fact]
    public void Unknown_operator() =>
        Errors("""{"metric":"Staff","op":"=>","value":10}""").ShouldHaveSingleItem().ShouldContain("未知运算符 \"=>\"");

    [Fact]
    public void Unknown_field() =>
        Errors("""{"metric":"Staff","op":">","value":10,"year":2024}""").ShouldHaveSingleItem().ShouldContain("未知字段“year”");

    [Fact]
    public void Unknown_scheme_and_flag() =>
        Errors("""{"any":[{"holds":"Unicorn"},{"flag":"IsNice"}]}""").ShouldSatisfyAllConditions(
            e => e.Count.ShouldBe(2),
            e => e[0].ShouldContain("未知资质“Unicorn”"),
            e => e[1].ShouldContain("未知标志“IsNice”"));

    [Fact]
    public void Ratio_given_as_percentage_points_is_refused() =>
        Errors("""{"metric":"RdToSales","op":">=","value":3}""").ShouldHaveSingleItem().ShouldContain("如 3% 写 0.03");

    [Fact]
    public void Two_kinds_in_one_node() =>
        Errors("""{"metric":"Staff","flag":"OwnsCoreIp"}""").ShouldHaveSingleItem().ShouldContain("同时出现了“metric”和“flag”");

    [Fact]
    public void Unrecognised_node_lists_its_keys() =>
        Errors("""{"alll":[]}""").ShouldHaveSingleItem().ShouldContain("实有字段：alll");

    [Fact]
    public void Empty_list_and_wrong_types()
    {
        Errors("""{"all":[]}""").ShouldHaveSingleItem().ShouldContain("应为非空数组");
        Errors("""{"metric":"Staff","op":">","value":"10"}""").ShouldHaveSingleItem().ShouldContain("应为数字");
        Errors("""[1,2]""").ShouldHaveSingleItem().ShouldContain("实为 数组");
    }

    [Fact]
    public void Empty_and_invalid_json()
    {
        Errors(null).ShouldHaveSingleItem().ShouldBe("资格条件不能为空。");
        Errors("{\"all\":[").ShouldHaveSingleItem().ShouldContain("不是有效的 JSON");
    }

    [Fact]
    public void Bad_year_reference() =>
        Errors("""{"holds":"TechSme","recognisedInYear":"last"}""").ShouldHaveSingleItem().ShouldContain("recognisedInYear");

    [Fact]
    public void Deep_nesting_is_refused()
    {
        var text = string.Concat(Enumerable.Repeat("{\"not\":", 20)) + "{\"flag\":\"OwnsCoreIp\"}" + new string('}', 20);
        Errors(text).ShouldContain(e => e.Contains("嵌套超过"));
    }
}

public sealed class PolicyEvaluatorTests
{
    private const string Example = """{"all":[{"holds":"HighTech","recognisedInYear":"current"},{"metric":"RdToSales","op":">=","value":0.03},{"aboveDesignatedSize":true}]}""";

    private static PolicyMatch Match(string condition, FactsBuilder facts, PolicySettings? settings = null)
    {
        var f = facts.Build();
        return new PolicyEvaluator(settings ?? PolicySettings.Default).Evaluate(PolicyConditionParser.Parse(condition), f, new CertificationEngine().EvaluateAll(f));
    }

    /// <summary>High-tech recognised 2025-01-15 (the facts' year); R&amp;D 6% of sales; main revenue 25M (规上).</summary>
    private static FactsBuilder Matching() =>
        FactsBuilder.Enterprise()
            .Holding(SchemeCode.HighTech, new DateOnly(2025, 1, 15), new DateOnly(2028, 1, 14))
            .Latest(y => y with { TotalRevenue = 30_000_000m, MainBusinessRevenue = 25_000_000m, Sales = 10_000_000m });

    [Fact]
    public void Matches_with_reasons()
    {
        var m = Match(Example, Matching());
        m.Matched.ShouldBeTrue();
        m.Undetermined.ShouldBeFalse();
        m.Reasons.ShouldContain("✓ 研发费用占销售收入比例 6.00%，要求 ≥ 3.00%");
        m.Reasons.ShouldContain("✓ 主营业务收入 25,000,000 元，达到规上标准 20,000,000 元（要求规上）");
    }

    [Fact]
    public void Below_designated_size_does_not_match()
    {
        var m = Match(Example, Matching().Latest(y => y with { MainBusinessRevenue = 19_999_999.99m }));
        m.Matched.ShouldBeFalse();
        m.Reasons.ShouldContain(r => r.StartsWith("✗ 主营业务收入 19,999,999.99 元，未达规上标准", StringComparison.Ordinal));
    }

    [Fact]
    public void Designated_size_threshold_is_a_parameter() =>
        Match("""{"aboveDesignatedSize":true}""", FactsBuilder.Enterprise(), new PolicySettings(8_000_000m)).Matched.ShouldBeTrue();

    [Fact]
    public void Certificate_recognised_in_an_earlier_year_does_not_count_as_current()
    {
        var facts = FactsBuilder.Enterprise().Holding(SchemeCode.HighTech, new DateOnly(2024, 1, 15), new DateOnly(2027, 1, 14))
            .Latest(y => y with { TotalRevenue = 30_000_000m, MainBusinessRevenue = 25_000_000m });
        Match(Example, facts).Matched.ShouldBeFalse();
        Match("""{"holds":"HighTech","recognisedInYear":"previous"}""", facts).Matched.ShouldBeTrue();
        Match("""{"holds":"HighTech","recognisedInYear":2024}""", facts).Matched.ShouldBeTrue();
    }

    [Fact]
    public void Validity_on_a_given_day() =>
        Match("""{"holds":"HighTech","validOn":"2028-01-15"}""", Matching()).Matched.ShouldBeFalse();

    [Fact]
    public void Missing_figure_is_undetermined_and_never_matches()
    {
        var facts = Matching().Latest(y => y with { Sales = null });
        var m = Match(Example, facts);
        m.Matched.ShouldBeFalse();
        m.Undetermined.ShouldBeTrue();
        m.Reasons.ShouldContain(r => r.Contains("缺少 2024 年度销售收入"));

        // Negating an unknown stays unknown: "not below 3%" must not match either.
        Match("""{"not":{"metric":"RdToSales","op":"<","value":0.03}}""", facts).ShouldSatisfyAllConditions(
            r => r.Matched.ShouldBeFalse(),
            r => r.Undetermined.ShouldBeTrue());
    }

    [Fact]
    public void Any_is_true_when_one_branch_is_true_even_if_another_is_unknown() =>
        Match("""{"any":[{"metric":"RdToSales","op":">=","value":0.03},{"flag":"ProvincialRdInstitution"}]}""",
            FactsBuilder.Enterprise().Latest(y => y with { Sales = null }).Flags(f => f with { ProvincialRdInstitution = true }))
            .Matched.ShouldBeTrue();

    [Fact]
    public void All_is_false_when_one_branch_is_false_even_if_another_is_unknown()
    {
        var m = Match("""{"all":[{"metric":"RdToSales","op":">=","value":0.03},{"flag":"ProvincialRdInstitution"}]}""",
            FactsBuilder.Enterprise().Latest(y => y with { Sales = null }));
        m.Matched.ShouldBeFalse();
        m.Undetermined.ShouldBeFalse();
    }

    [Theory]
    [InlineData(">=", 100, true)]
    [InlineData(">", 100, false)]
    [InlineData("<=", 100, true)]
    [InlineData("<", 100, false)]
    [InlineData("==", 100, true)]
    [InlineData("!=", 100, false)]
    [InlineData(">", 99, true)]
    public void Operators(string op, int value, bool matched) =>
        Match($$"""{"metric":"Staff","op":"{{op}}","value":{{value}}}""", FactsBuilder.Enterprise()).Matched.ShouldBe(matched);

    [Fact]
    public void Flag_with_expected_false() =>
        Match("""{"flag":"OnAbnormalOrDishonestList","is":false}""", FactsBuilder.Enterprise()).Matched.ShouldBeTrue();

    [Fact]
    public void Qualifies_reads_the_evaluations()
    {
        Match("""{"qualifies":"TechSme"}""", FactsBuilder.Enterprise()).Matched.ShouldBeTrue();
        Match("""{"qualifies":"TechSme"}""", FactsBuilder.Enterprise().Latest(y => y with { TechStaff = 5 })).Matched.ShouldBeFalse();
        // 高新 is awaiting experts for the default enterprise: not decided, so not matched.
        Match("""{"qualifies":"HighTech"}""", FactsBuilder.Enterprise()).Undetermined.ShouldBeTrue();
    }

    [Fact]
    public void Invalid_figures_are_not_used()
    {
        var m = Match("""{"metric":"TechStaffShare","op":">=","value":0.1}""", FactsBuilder.Enterprise().Latest(y => y with { TechStaff = 150 }));
        m.Undetermined.ShouldBeTrue();
        m.Reasons.ShouldContain(r => r.Contains("数据不一致"));
    }
}

public sealed class AmountRuleTests
{
    private static AmountDue Due(string rule, FactsBuilder? facts = null) => AmountRule.Parse(rule).Compute((facts ?? FactsBuilder.Enterprise()).Build());

    [Fact]
    public void Fixed_amount() => Due("""{"fixed":200000}""").Amount!.Value.Yuan.ShouldBe(200_000m);

    [Fact]
    public void Rate_of_a_metric_below_the_cap() =>
        // 10% of R&D 600,000 = 60,000 < 500,000.
        Due("""{"rate":0.1,"of":"RdAmount","cap":500000}""").Amount!.Value.Yuan.ShouldBe(60_000m);

    [Fact]
    public void Rate_of_a_metric_above_the_cap_is_capped()
    {
        var due = Due("""{"rate":0.1,"of":"RdAmount","cap":50000}""");
        due.Amount!.Value.Yuan.ShouldBe(50_000m);
        due.Explanation.ShouldBe("研发费用 600,000 元 × 10.00% = 60,000 元，超过上限，按上限 50,000 元");
    }

    [Fact]
    public void Exactly_at_the_cap() => Due("""{"rate":0.1,"of":"RdAmount","cap":60000}""").Amount!.Value.Yuan.ShouldBe(60_000m);

    [Fact]
    public void Rounds_half_away_from_zero_to_the_fen()
    {
        // 123,456.75 × 0.1 = 12,345.675 → 12,345.68.
        Due("""{"rate":0.1,"of":"RdAmount"}""", FactsBuilder.Enterprise().Latest(y => y with { RdSpend = 123_456.75m, RdSpendInChina = 123_456.75m }))
            .Amount!.Value.Yuan.ShouldBe(12_345.68m);
    }

    [Fact]
    public void Missing_metric_gives_no_amount()
    {
        var due = Due("""{"rate":0.05,"of":"Sales"}""", FactsBuilder.Enterprise().Latest(y => y with { Sales = null }));
        due.Amount.ShouldBeNull();
        due.Explanation.ShouldContain("缺少 2024 年度销售收入");
    }

    [Theory]
    [InlineData("""{"rate":0,"of":"RdAmount"}""", "比例应在 0（不含）到 1 之间")]
    [InlineData("""{"rate":1.5,"of":"RdAmount"}""", "比例应在 0（不含）到 1 之间")]
    [InlineData("""{"rate":0.1,"of":"RdToSales"}""", "不是金额类指标")]
    [InlineData("""{"rate":0.1,"of":"Profit"}""", "未知指标“Profit”")]
    [InlineData("""{"fixed":-5}""", "金额应大于 0")]
    [InlineData("""{"fixed":1.234}""", "精度超过分")]
    [InlineData("""{"fixed":100,"cap":5}""", "未知字段“cap”")]
    [InlineData("""{"amount":100}""", "应包含 fixed（固定金额）或 rate（比例）")]
    [InlineData("""{"rate":0.1,"of":"RdAmount","cap":0}""", "金额应大于 0")]
    public void Refuses_bad_rules_with_a_reason(string text, string reason)
    {
        AmountRule.TryParse(text, out var rule, out var errors).ShouldBeFalse();
        rule.ShouldBeNull();
        errors.ShouldContain(e => e.Contains(reason));
    }
}
