using Gaoxin.Enterprises.Certification;
using Gaoxin.Enterprises.Policies;
using Gaoxin.Enterprises.Tests.Certification;

namespace Gaoxin.Enterprises.Tests.Policies;

/// <summary>
/// What the policy language means (政策条件语言): three-valued all/any/not, each operator at its boundary, certificates
/// on the first and last day, and the exact reason a person reads for every kind of condition.
/// </summary>
public sealed class PolicyMeaningTests
{
    private const string StaffAtLeast100 = """{"metric":"Staff","op":">=","value":100}""";
    private const string StaffAbove100 = """{"metric":"Staff","op":">","value":100}""";
    private const string SalesKnown = """{"metric":"RdToSales","op":">=","value":0.03}""";

    private static PolicyMatch Match(string condition, FactsBuilder? facts = null, bool withEvaluations = true)
    {
        var f = (facts ?? FactsBuilder.Enterprise()).Build();
        var evaluations = withEvaluations ? new CertificationEngine().EvaluateAll(f) : null;
        return new PolicyEvaluator().Evaluate(PolicyConditionParser.Parse(condition), f, evaluations);
    }

    /// <summary>The RdToSales condition with sales missing: unknown.</summary>
    private static FactsBuilder NoSales() => FactsBuilder.Enterprise().Latest(y => y with { Sales = null });

    private static (bool Matched, bool Undetermined) Outcome(PolicyMatch m) => (m.Matched, m.Undetermined);

    [Theory]
    [InlineData("true", "true", true, false)]
    [InlineData("true", "false", false, false)]
    [InlineData("false", "true", false, false)]
    [InlineData("true", "unknown", false, true)]
    [InlineData("unknown", "true", false, true)]
    [InlineData("false", "unknown", false, false)]
    [InlineData("unknown", "false", false, false)]
    [InlineData("unknown", "unknown", false, true)]
    public void All_is_false_if_any_branch_is_false_otherwise_unknown_if_any_is_unknown(string a, string b, bool matched, bool undetermined) =>
        Outcome(Match($$"""{"all":[{{Leaf(a)}},{{Leaf(b)}}]}""", NoSales())).ShouldBe((matched, undetermined));

    [Theory]
    [InlineData("false", "false", false, false)]
    [InlineData("true", "false", true, false)]
    [InlineData("false", "true", true, false)]
    [InlineData("false", "unknown", false, true)]
    [InlineData("unknown", "false", false, true)]
    [InlineData("true", "unknown", true, false)]
    [InlineData("unknown", "true", true, false)]
    [InlineData("unknown", "unknown", false, true)]
    public void Any_is_true_if_any_branch_is_true_otherwise_unknown_if_any_is_unknown(string a, string b, bool matched, bool undetermined) =>
        Outcome(Match($$"""{"any":[{{Leaf(a)}},{{Leaf(b)}}]}""", NoSales())).ShouldBe((matched, undetermined));

    /// <summary>Staff is 100 in the test facts; sales are missing, so RdToSales is unknown.</summary>
    private static string Leaf(string truth) => truth switch
    {
        "true" => StaffAtLeast100,
        "false" => StaffAbove100,
        _ => SalesKnown,
    };

    [Fact]
    public void Not_turns_true_into_false_and_prefixes_every_reason()
    {
        var m = Match($$"""{"not":{{StaffAtLeast100}}}""");
        Outcome(m).ShouldBe((false, false));
        m.Reasons.ShouldBe(["（取反）✓ 职工总数 100，要求 ≥ 100"]);
        Outcome(Match($$"""{"not":{{StaffAbove100}}}""")).ShouldBe((true, false));
        Outcome(Match($$"""{"not":{{SalesKnown}}}""", NoSales())).ShouldBe((false, true));
    }

    [Theory]
    [InlineData(">=", 99, true)]
    [InlineData(">=", 100, true)]
    [InlineData(">=", 101, false)]
    [InlineData(">", 99, true)]
    [InlineData(">", 100, false)]
    [InlineData(">", 101, false)]
    [InlineData("<=", 99, false)]
    [InlineData("<=", 100, true)]
    [InlineData("<=", 101, true)]
    [InlineData("<", 99, false)]
    [InlineData("<", 100, false)]
    [InlineData("<", 101, true)]
    [InlineData("==", 99, false)]
    [InlineData("==", 100, true)]
    [InlineData("==", 101, false)]
    [InlineData("!=", 99, true)]
    [InlineData("!=", 100, false)]
    [InlineData("!=", 101, true)]
    public void Each_operator_around_its_boundary(string op, int value, bool matched) =>
        Match($$"""{"metric":"Staff","op":"{{op}}","value":{{value}}}""").Matched.ShouldBe(matched);

    [Theory]
    [InlineData(">=", "✓ 职工总数 100，要求 ≥ 100")]
    [InlineData(">", "✗ 职工总数 100，要求 > 100")]
    [InlineData("<=", "✓ 职工总数 100，要求 ≤ 100")]
    [InlineData("<", "✗ 职工总数 100，要求 < 100")]
    [InlineData("==", "✓ 职工总数 100，要求 = 100")]
    [InlineData("!=", "✗ 职工总数 100，要求 ≠ 100")]
    public void Metric_reason_names_the_figure_and_the_operator(string op, string reason) =>
        Match($$"""{"metric":"Staff","op":"{{op}}","value":100}""").Reasons.ShouldBe([reason]);

    [Fact]
    public void Metric_reasons_show_money_in_yuan_and_ratios_in_percent()
    {
        Match("""{"metric":"RdAmount","op":">=","value":500000.5}""").Reasons.ShouldBe(["✓ 研发费用 600,000 元，要求 ≥ 500,000.50 元"]);
        Match("""{"metric":"DebtRatio","op":"<","value":0.5}""").Reasons.ShouldBe(["✗ 资产负债率 50.00%，要求 < 50.00%"]);
    }

    [Fact]
    public void Unknown_metric_says_what_is_missing()
    {
        var m = Match(SalesKnown, NoSales());
        Outcome(m).ShouldBe((false, true));
        m.Reasons.ShouldBe(["无法判断研发费用占销售收入比例：缺少 2024 年度销售收入"]);

        // Both figures of a ratio missing: both are named.
        Match(SalesKnown, NoSales().Latest(y => y with { RdSpend = null })).Reasons
            .ShouldBe(["无法判断研发费用占销售收入比例：缺少 2024 年度研发费用；缺少 2024 年度销售收入"]);
    }

    [Fact]
    public void Flag_reason_shows_the_value_and_what_is_required()
    {
        Match("""{"flag":"OwnsCoreIp"}""").Reasons.ShouldBe(["✓ 拥有核心知识产权：是（要求是）"]);
        Match("""{"flag":"ProvincialRdInstitution"}""").Reasons.ShouldBe(["✗ 拥有省部级以上研发机构：否（要求是）"]);
        Match("""{"flag":"OwnsCoreIp","is":false}""").Reasons.ShouldBe(["✗ 拥有核心知识产权：是（要求否）"]);
        Match("""{"flag":"ProvincialRdInstitution","is":false}""").Reasons.ShouldBe(["✓ 拥有省部级以上研发机构：否（要求否）"]);
    }

    [Theory]
    [InlineData(19_999_999.99, true, false, "✗ 主营业务收入 19,999,999.99 元，未达规上标准 20,000,000 元（要求规上）")]
    [InlineData(20_000_000, true, true, "✓ 主营业务收入 20,000,000 元，达到规上标准 20,000,000 元（要求规上）")]
    [InlineData(19_999_999.99, false, true, "✓ 主营业务收入 19,999,999.99 元，未达规上标准 20,000,000 元（要求规下）")]
    [InlineData(20_000_000, false, false, "✗ 主营业务收入 20,000,000 元，达到规上标准 20,000,000 元（要求规下）")]
    public void Designated_size_is_reached_at_exactly_the_threshold(decimal revenue, bool expected, bool matched, string reason)
    {
        var m = Match($$"""{"aboveDesignatedSize":{{(expected ? "true" : "false")}}}""", FactsBuilder.Enterprise().Latest(y => y with { TotalRevenue = 30_000_000m, MainBusinessRevenue = revenue }));
        Outcome(m).ShouldBe((matched, false));
        m.Reasons.ShouldBe([reason]);
    }

    [Fact]
    public void Designated_size_without_revenue_is_unknown()
    {
        var m = Match("""{"aboveDesignatedSize":true}""", FactsBuilder.Enterprise().Latest(y => y with { MainBusinessRevenue = null }));
        Outcome(m).ShouldBe((false, true));
        m.Reasons.ShouldBe(["无法判断是否规上：缺少 2024 年度主营业务收入"]);
    }

    [Fact]
    public void Qualifies_reason_for_each_verdict()
    {
        Match("""{"qualifies":"TechSme"}""").Reasons.ShouldBe(["✓ 符合科技型中小企业评价条件（要求符合）"]);
        Match("""{"qualifies":"TechSme","is":false}""").Reasons.ShouldBe(["✗ 符合科技型中小企业评价条件（要求不符合）"]);

        var small = FactsBuilder.Enterprise().Latest(y => y with { TechStaff = 5 });
        Match("""{"qualifies":"TechSme"}""", small).Reasons.ShouldBe(["✗ 不符合科技型中小企业评价条件（要求符合）"]);
        Outcome(Match("""{"qualifies":"TechSme","is":false}""", small)).ShouldBe((true, false));
    }

    [Fact]
    public void Qualifies_is_unknown_while_the_evaluation_has_no_verdict()
    {
        var awaiting = Match("""{"qualifies":"HighTech"}""");
        Outcome(awaiting).ShouldBe((false, true));
        awaiting.Reasons.ShouldBe(["无法判断：高新技术企业评价尚无结论（待专家评分）"]);

        var missing = Match("""{"qualifies":"TechSme"}""", FactsBuilder.Enterprise().Latest(y => y with { TechStaff = null }));
        Outcome(missing).ShouldBe((false, true));
        missing.Reasons.ShouldBe(["无法判断：科技型中小企业评价尚无结论（缺少数据）"]);
    }

    [Fact]
    public void Qualifies_without_any_evaluation_is_unknown()
    {
        var m = Match("""{"qualifies":"TechSme"}""", withEvaluations: false);
        Outcome(m).ShouldBe((false, true));
        m.Reasons.ShouldBe(["无法判断：没有科技型中小企业评价结果"]);
    }

    /// <summary>FactsBuilder's certificate: 2025-01-15 to 2028-01-14, number "HighTech-001"; the facts' day is 2025-06-30.</summary>
    private static FactsBuilder HighTech() => FactsBuilder.Enterprise().Holding(SchemeCode.HighTech, new DateOnly(2025, 1, 15), new DateOnly(2028, 1, 14));

    [Theory]
    [InlineData("2025-01-14", false)]
    [InlineData("2025-01-15", true)]
    [InlineData("2028-01-14", true)]
    [InlineData("2028-01-15", false)]
    public void Certificate_holds_from_its_first_to_its_last_day(string day, bool matched) =>
        Match($$"""{"holds":"HighTech","validOn":"{{day}}"}""", HighTech()).Matched.ShouldBe(matched);

    [Fact]
    public void Holds_reasons_name_the_certificate_or_the_day()
    {
        Match("""{"holds":"HighTech"}""", HighTech()).Reasons.ShouldBe(["✓ 持有高新技术企业证书 HighTech-001（2025-01-15 至 2028-01-14）"]);
        Match("""{"holds":"HighTech","recognisedInYear":"current"}""", HighTech()).Reasons
            .ShouldBe(["✓ 持有高新技术企业证书 HighTech-001（2025-01-15 至 2028-01-14），2025 年认定"]);
        Match("""{"holds":"HighTech"}""").Reasons.ShouldBe(["✗ 2025-06-30 没有有效的高新技术企业证书"]);
        Match("""{"holds":"HighTech","recognisedInYear":"previous"}""", HighTech()).Reasons
            .ShouldBe(["✗ 2025-06-30 没有有效的高新技术企业证书（要求 2024 年认定）"]);
    }

    [Fact]
    public void Holds_needs_the_same_scheme() =>
        Match("""{"holds":"TechSme"}""", HighTech()).Matched.ShouldBeFalse();
}

/// <summary>What the parser accepts at each limit, and the exact error a policy author reads.</summary>
public sealed class PolicyParserLimitTests
{
    private static IReadOnlyList<string> Errors(string? text)
    {
        PolicyConditionParser.TryParse(text, out var condition, out var errors).ShouldBeFalse();
        condition.ShouldBeNull();
        return errors;
    }

    private static string Nots(int depth) =>
        string.Concat(Enumerable.Repeat("{\"not\":", depth)) + "{\"flag\":\"OwnsCoreIp\"}" + new string('}', depth);

    private static string Alls(int depth) =>
        string.Concat(Enumerable.Repeat("{\"all\":[", depth)) + "{\"flag\":\"OwnsCoreIp\"}" + string.Concat(Enumerable.Repeat("]}", depth));

    [Fact]
    public void Nesting_of_twelve_levels_is_the_limit()
    {
        PolicyConditionParser.TryParse(Nots(PolicyConditionParser.MaxDepth), out _, out _).ShouldBeTrue();
        PolicyConditionParser.TryParse(Alls(PolicyConditionParser.MaxDepth), out _, out _).ShouldBeTrue();
        Errors(Nots(13)).ShouldBe([string.Concat(Enumerable.Repeat(".not", 13)).Insert(0, "$") + "：条件嵌套超过 12 层。"]);
        Errors(Alls(13)).ShouldBe(["$" + string.Concat(Enumerable.Repeat(".all[0]", 13)) + "：条件嵌套超过 12 层。"]);
    }

    [Fact]
    public void Length_of_twenty_thousand_characters_is_the_limit()
    {
        const string condition = """{"flag":"OwnsCoreIp"}""";
        PolicyConditionParser.TryParse(condition.PadRight(PolicyConditionParser.MaxLength), out _, out _).ShouldBeTrue();
        Errors(condition.PadRight(PolicyConditionParser.MaxLength + 1)).ShouldBe(["资格条件过长（20001 个字符，上限 20000）。"]);
    }

    [Fact]
    public void Invalid_json_names_its_line_and_byte()
    {
        Errors(" ").ShouldBe(["资格条件不能为空。"]);
        Errors("{\n  \"all\": [x]\n}").ShouldBe(["资格条件不是有效的 JSON（第 2 行第 11 个字节附近）。"]);
    }

    [Fact]
    public void Parse_throws_with_every_error_on_its_own_line() =>
        Should.Throw<FormatException>(() => PolicyConditionParser.Parse("""{"any":[{"holds":"Unicorn"},{"flag":""}]}"""))
            .Message.ShouldBe("$.any[0].holds：未知资质“Unicorn”。可用：TechSme、InnovativeSme、SpecialisedSme、LittleGiant、HighTech。\n$.any[1].flag：应为非空字符串。");

    [Theory]
    [InlineData("\"all\"", "$：条件应为 JSON 对象，实为 字符串。")]
    [InlineData("5", "$：条件应为 JSON 对象，实为 数字。")]
    [InlineData("true", "$：条件应为 JSON 对象，实为 布尔值。")]
    [InlineData("null", "$：条件应为 JSON 对象，实为 null。")]
    [InlineData("""{"not":[]}""", "$.not：条件应为 JSON 对象，实为 数组。")]
    [InlineData("{}", "$：无法识别的条件。应包含 all、any、not、metric、holds、flag、aboveDesignatedSize 或 qualifies 之一（对象为空）。")]
    [InlineData("""{"al":1,"an":2}""", "$：无法识别的条件。应包含 all、any、not、metric、holds、flag、aboveDesignatedSize 或 qualifies 之一（实有字段：al、an）。")]
    [InlineData("""{"any":{}}""", "$.any：应为非空数组。")]
    [InlineData("""{"all":[{"flag":"OwnsCoreIp"}],"note":1}""", "$：未知字段“note”（此处可用：all）。")]
    [InlineData("""{"any":[{"flag":"OwnsCoreIp"}],"note":1}""", "$：未知字段“note”（此处可用：any）。")]
    [InlineData("""{"not":{"flag":"OwnsCoreIp"},"note":1}""", "$：未知字段“note”（此处可用：not）。")]
    [InlineData("""{"flag":"OwnsCoreIp","note":1}""", "$：未知字段“note”（此处可用：flag、is）。")]
    [InlineData("""{"flag":"OwnsCoreIp","is":1}""", "$.is：应为 true 或 false，实为 1。")]
    [InlineData("""{"flag":5}""", "$.flag：应为非空字符串。")]
    [InlineData("""{"aboveDesignatedSize":true,"note":1}""", "$：未知字段“note”（此处可用：aboveDesignatedSize）。")]
    [InlineData("""{"aboveDesignatedSize":"yes"}""", "$.aboveDesignatedSize：应为 true 或 false，实为 \"yes\"。")]
    [InlineData("""{"qualifies":"TechSme","note":1}""", "$：未知字段“note”（此处可用：qualifies、is）。")]
    [InlineData("""{"qualifies":"LittleGiant"}""", "$.qualifies：专精特新“小巨人”没有评价，请用 {\"holds\":\"LittleGiant\"}。")]
    [InlineData("""{"qualifies":"-1"}""", "$.qualifies：未知资质“-1”。可用：TechSme、InnovativeSme、SpecialisedSme、LittleGiant、HighTech。")]
    [InlineData("""{"qualifies":"1"}""", "$.qualifies：未知资质“1”。可用：TechSme、InnovativeSme、SpecialisedSme、LittleGiant、HighTech。")]
    [InlineData("""{"qualifies":" 1"}""", "$.qualifies：未知资质“ 1”。可用：TechSme、InnovativeSme、SpecialisedSme、LittleGiant、HighTech。")]
    [InlineData("""{"holds":"TechSme, HighTech"}""", "$.holds：未知资质“TechSme, HighTech”。可用：TechSme、InnovativeSme、SpecialisedSme、LittleGiant、HighTech。")]
    [InlineData("""{"holds":"techSme"}""", "$.holds：未知资质“techSme”。可用：TechSme、InnovativeSme、SpecialisedSme、LittleGiant、HighTech。")]
    [InlineData("""{"holds":"TechSme","note":1}""", "$：未知字段“note”（此处可用：holds、validOn、recognisedInYear）。")]
    [InlineData("""{"holds":7}""", "$.holds：应为非空字符串。")]
    [InlineData("""{"holds":"TechSme","validOn":"2025/06/30"}""", "$.validOn：日期应写成 \"yyyy-MM-dd\"，实为 \"2025/06/30\"。")]
    [InlineData("""{"holds":"TechSme","validOn":20250630}""", "$.validOn：日期应写成 \"yyyy-MM-dd\"，实为 20250630。")]
    [InlineData("""{"holds":"TechSme","recognisedInYear":1989}""", "$.recognisedInYear：应为 \"current\"、\"previous\" 或 1990–2100 的年份，实为 1989。")]
    [InlineData("""{"holds":"TechSme","recognisedInYear":2101}""", "$.recognisedInYear：应为 \"current\"、\"previous\" 或 1990–2100 的年份，实为 2101。")]
    [InlineData("""{"holds":"TechSme","recognisedInYear":2024.5}""", "$.recognisedInYear：应为 \"current\"、\"previous\" 或 1990–2100 的年份，实为 2024.5。")]
    [InlineData("""{"metric":"Staff","op":">","value":10,"year":1}""", "$：未知字段“year”（此处可用：metric、op、value）。")]
    [InlineData("""{"metric":"Staff","value":10}""", "$：缺少比较运算符 op。")]
    [InlineData("""{"metric":"Staff","op":5,"value":10}""", "$.op：未知运算符 5。可用：>=、>、<=、<、==、!=。")]
    [InlineData("""{"metric":"Staff","op":">"}""", "$：缺少数值 value。")]
    [InlineData("""{"metric":"Staff","op":">","value":"10"}""", "$.value：应为数字，实为 \"10\"。")]
    [InlineData("""{"metric":"DebtRatio","op":">","value":-0.01}""", "$.value：资产负债率是比例，应写成 0–1 之间的小数（如 3% 写 0.03），实为 -0.01。")]
    [InlineData("""{"metric":"DebtRatio","op":">","value":1.01}""", "$.value：资产负债率是比例，应写成 0–1 之间的小数（如 3% 写 0.03），实为 1.01。")]
    public void Refuses_with_the_exact_error(string text, string error) => Errors(text).ShouldBe([error]);

    [Fact]
    public void Unknown_names_list_what_is_available()
    {
        Errors("""{"metric":"Profit","op":">","value":1}""").ShouldBe([
            "$.metric：未知指标“Profit”。可用：RdToSales、RdToRevenue、RdAmount、Sales、TotalRevenue、MainBusinessRevenue、Staff、TechStaff、"
            + "TechStaffShare、TotalAssets、NetAssets、DebtRatio、HighTechIncomeShare、EquityRaised、ClassOneIp、ClassTwoIp。"]);
        Errors("""{"flag":"Nice"}""").ShouldBe([
            "$.flag：未知标志“Nice”。可用：ResidentInMainland、ProductsRestricted、MajorIncidentPreviousOrCurrentYear、OnAbnormalOrDishonestList、"
            + "InKeyHighTechField、OwnsCoreIp、InStrategicEmergingCatalogue、NationalAwardLast5Years、NationalAwardLast3Years、"
            + "ProvincialAwardLast3Years、ProvincialRdInstitution、LedStandardLast5Years、ChuangkeTop500、SimilarNationalTitle、"
            + "AwardProvincialTop3OrNationalTop5Last3Years。"]);
    }

    [Theory]
    [InlineData("""{"holds":"TechSme","recognisedInYear":1990}""", 1990)]
    [InlineData("""{"holds":"TechSme","recognisedInYear":2100}""", 2100)]
    public void Years_1990_and_2100_are_accepted(string text, int year) =>
        PolicyConditionParser.Parse(text).ShouldBe(new HoldsCondition(SchemeCode.TechSme, null, new YearReference(year, 0)));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Ratio_values_0_and_1_are_accepted(int value) =>
        PolicyConditionParser.Parse($$"""{"metric":"DebtRatio","op":"<=","value":{{value}}}""").ShouldBe(new MetricCondition(PolicyMetric.DebtRatio, CompareOp.AtMost, value));

    [Fact]
    public void Is_false_is_kept()
    {
        PolicyConditionParser.Parse("""{"qualifies":"TechSme","is":false}""").ShouldBe(new QualifiesCondition(SchemeCode.TechSme, false));
        PolicyConditionParser.Parse("""{"qualifies":"TechSme"}""").ShouldBe(new QualifiesCondition(SchemeCode.TechSme, true));
        PolicyConditionParser.Parse("""{"flag":"OwnsCoreIp","is":false}""").ShouldBe(new FlagCondition("OwnsCoreIp", false));
        PolicyConditionParser.Parse("""{"aboveDesignatedSize":false}""").ShouldBe(new AboveDesignatedSizeCondition(false));
        PolicyConditionParser.Parse("""{"holds":"LittleGiant","validOn":"2025-06-30"}""").ShouldBe(new HoldsCondition(SchemeCode.LittleGiant, new DateOnly(2025, 6, 30), null));
    }
}

/// <summary>Amounts: fixed, or rate × a money figure with an optional cap; Money's range and the fen are the limits.</summary>
public sealed class AmountRuleLimitTests
{
    private static AmountDue Due(string rule, FactsBuilder? facts = null) => AmountRule.Parse(rule).Compute((facts ?? FactsBuilder.Enterprise()).Build());

    private static IReadOnlyList<string> Errors(string? text)
    {
        AmountRule.TryParse(text, out var rule, out var errors).ShouldBeFalse();
        rule.ShouldBeNull();
        return errors;
    }

    [Fact]
    public void Fixed_amount_explains_itself()
    {
        var due = Due("""{"fixed":200000.5}""");
        due.Amount!.Value.Yuan.ShouldBe(200_000.5m);
        due.Explanation.ShouldBe("固定金额 200,000.50 元");
    }

    [Fact]
    public void Money_max_is_the_largest_amount()
    {
        Due("""{"fixed":1000000000000}""").Amount!.Value.Yuan.ShouldBe(1_000_000_000_000m);
        Errors("""{"fixed":1000000000000.01}""").ShouldBe(["$.fixed：金额应大于 0 且不超过 1 万亿元，实为 1,000,000,000,000.01。"]);
        AmountRule.Parse("""{"rate":0.1,"of":"RdAmount","cap":1000000000000}""").ShouldBe(new RateAmount(0.1m, PolicyMetric.RdAmount, 1_000_000_000_000m));
        Errors("""{"rate":0.1,"of":"RdAmount","cap":1000000000000.01}""").ShouldBe(["$.cap：金额应大于 0 且不超过 1 万亿元，实为 1,000,000,000,000.01。"]);
    }

    [Fact]
    public void Smallest_amount_is_one_fen()
    {
        Due("""{"fixed":0.01}""").Amount!.Value.Yuan.ShouldBe(0.01m);
        Errors("""{"fixed":0}""").ShouldBe(["$.fixed：金额应大于 0 且不超过 1 万亿元，实为 0。"]);
    }

    [Fact]
    public void A_negative_amount_with_fractions_of_a_fen_gets_one_error() =>
        Errors("""{"fixed":-5.001}""").ShouldBe(["$.fixed：金额应大于 0 且不超过 1 万亿元，实为 -5。"]);

    [Theory]
    [InlineData(" ", "金额规则不能为空。")]
    [InlineData("{\"fixed\":", "金额规则不是有效的 JSON（第 1 行第 10 个字节附近）。")]
    [InlineData("[1]", "$：金额规则应为 JSON 对象，实为 数组。")]
    [InlineData("{}", "$：金额规则应包含 fixed（固定金额）或 rate（比例）（对象为空）。")]
    [InlineData("""{"fixed":1.005}""", "$.fixed：金额精度超过分（两位小数）。")]
    [InlineData("""{"fixed":"100"}""", "$.fixed：应为数字，实为 \"100\"。")]
    [InlineData("""{"fixed":100,"of":"Sales"}""", "$：未知字段“of”（此处可用：fixed）。")]
    [InlineData("""{"rate":0.1,"of":"RdAmount","note":1}""", "$：未知字段“note”（此处可用：rate、of、cap）。")]
    [InlineData("""{"rate":1.01,"of":"RdAmount"}""", "$.rate：比例应在 0（不含）到 1 之间，如 10% 写 0.1，实为 1.01。")]
    [InlineData("""{"rate":0,"of":"RdAmount"}""", "$.rate：比例应在 0（不含）到 1 之间，如 10% 写 0.1，实为 0。")]
    [InlineData("""{"rate":"0.1","of":"RdAmount"}""", "$.rate：应为数字，实为 \"0.1\"。")]
    [InlineData("""{"rate":0.1}""", "$.of：应为非空字符串。")]
    [InlineData("""{"rate":0.1,"of":"Profit"}""", "$.of：未知指标“Profit”。")]
    [InlineData("""{"rate":0.1,"of":"Staff"}""", "$.of：“Staff”不是金额类指标，不能按比例计算金额。")]
    [InlineData("""{"rate":0.1,"of":"RdAmount","cap":100.005}""", "$.cap：金额精度超过分（两位小数）。")]
    [InlineData("""{"rate":0.1,"of":"RdAmount","cap":"1"}""", "$.cap：应为数字，实为 \"1\"。")]
    public void Refuses_with_the_exact_error(string text, string error) => Errors(text).ShouldBe([error]);

    [Fact]
    public void Parse_throws_with_every_error_on_its_own_line() =>
        Should.Throw<FormatException>(() => AmountRule.Parse("""{"rate":2,"of":"Staff"}"""))
            .Message.ShouldBe("$.rate：比例应在 0（不含）到 1 之间，如 10% 写 0.1，实为 2。\n$.of：“Staff”不是金额类指标，不能按比例计算金额。");

    [Fact]
    public void A_rate_of_one_pays_the_whole_figure()
    {
        var due = Due("""{"rate":1,"of":"RdAmount"}""");
        due.Amount!.Value.Yuan.ShouldBe(600_000m);
        due.Explanation.ShouldBe("研发费用 600,000 元 × 100.00% = 600,000 元");
    }

    [Fact]
    public void Exactly_at_the_cap_is_not_over_it()
    {
        var at = Due("""{"rate":0.1,"of":"RdAmount","cap":60000}""");
        at.Amount!.Value.Yuan.ShouldBe(60_000m);
        at.Explanation.ShouldBe("研发费用 600,000 元 × 10.00% = 60,000 元");

        var over = Due("""{"rate":0.1,"of":"RdAmount","cap":59999.99}""");
        over.Amount!.Value.Yuan.ShouldBe(59_999.99m);
        over.Explanation.ShouldBe("研发费用 600,000 元 × 10.00% = 60,000 元，超过上限，按上限 59,999.99 元");
    }

    [Fact]
    public void Missing_figure_gives_no_amount_and_says_why()
    {
        var due = Due("""{"rate":0.05,"of":"Sales"}""", FactsBuilder.Enterprise().Latest(y => y with { Sales = null }));
        due.Amount.ShouldBeNull();
        due.Explanation.ShouldBe("无法计算金额：缺少 2024 年度销售收入");
    }
}
