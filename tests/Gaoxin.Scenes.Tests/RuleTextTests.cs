using Gaoxin.Contracts;
using Gaoxin.Scenes.Deals;
using Gaoxin.Scenes.Demands;
using Gaoxin.Scenes.Matching.Rules;
using Gaoxin.Scenes.SceneBoard;
using Gaoxin.Scenes.TechContracts;
using MatchCertificates = Gaoxin.Scenes.Matching.Rules.CertificatesRule;
using MatchReadiness = Gaoxin.Scenes.Matching.Rules.ReadinessRule;
using SceneBudget = Gaoxin.Scenes.SceneBoard.BudgetFacts;
using SceneCertificates = Gaoxin.Scenes.SceneBoard.CertificatesRule;
using SceneReadiness = Gaoxin.Scenes.SceneBoard.ReadinessRule;

namespace Gaoxin.Scenes.Tests;

/// <summary>
/// What a person reads when a scenes rule refuses or a match is explained: each text and its figures, word for word
/// (issue #23), and the boundaries the rule tests in the feature folders leave open.
/// </summary>
public sealed class DealAndDemandRuleTextTests
{
    [Fact]
    public void A_stalled_deal_names_its_last_step_and_the_quiet_days()
    {
        var today = new DateOnly(2026, 3, 1);
        var outcome = new DealStalledRule().Check(new DealStallFacts(DealStage.Met, today.AddDays(-31), today));
        outcome.Rule.ShouldBe(nameof(DealStalledRule));
        outcome.Message.ShouldBe("对接已停滞：最近一次进展在 2026-01-29，已超过 30 天无进展。");
        outcome.Figures["最近进展"].ShouldBe("2026-01-29");
        outcome.Figures["无进展天数"].ShouldBe("31");
        new DealStalledRule().Check(new DealStallFacts(DealStage.Met, today.AddDays(-30), today)).Passed.ShouldBeTrue();
        DealStalledRule.IsStalled(DealStage.Contracted, today.AddDays(-99), today).ShouldBeFalse();
        DealStalledRule.IsStalled(DealStage.Dropped, today.AddDays(-99), today).ShouldBeFalse();
        DealStalledRule.Cutoff(today).ShouldBe(new DateOnly(2026, 1, 30));
    }

    [Fact]
    public void A_duplicate_names_the_demand_it_repeats()
    {
        var id = Guid.NewGuid();
        var outcome = new DuplicatePostingRule().Check(new DuplicateFacts("钠离子电池正极材料", [new OpenDemandText(id, "XQ-2026-0007", "钠离子电池正极材料")]));
        outcome.Rule.ShouldBe("DuplicatePostingRule");
        outcome.Message.ShouldBe("与已有需求 XQ-2026-0007 内容重复，可合并到该需求，或确认后仍然发布。");
        outcome.Figures["duplicateOfId"].ShouldBe(id.ToString());
        outcome.Figures["threshold"].ShouldBe("0.50");
        outcome.Figures["similarity"].ShouldBe("1.00");
        Should.Throw<ArgumentNullException>(() => new DuplicatePostingRule().Check(null!));
    }

    [Fact]
    public void Of_equally_similar_demands_the_lowest_code_is_named_and_a_closer_one_wins()
    {
        var rule = new DuplicatePostingRule();
        var tie = rule.Check(new DuplicateFacts("abcd", [new OpenDemandText(Guid.NewGuid(), "XQ-9", "abcd"), new OpenDemandText(Guid.NewGuid(), "XQ-1", "abcd")]));
        tie.Figures["duplicateOfCode"].ShouldBe("XQ-1");
        // "abcde" shares 3 of 4 bigrams with "abcd" (0.75): "abcd" itself (1.00) wins even with a higher code.
        var closer = rule.Check(new DuplicateFacts("abcd", [new OpenDemandText(Guid.NewGuid(), "XQ-1", "abcde"), new OpenDemandText(Guid.NewGuid(), "XQ-2", "abcd")]));
        closer.Figures["duplicateOfCode"].ShouldBe("XQ-2");
        // Exactly half of the bigrams in common is a duplicate: {ab, bc} against {ab, bc, cd, de}... is 0.5.
        DuplicatePostingRule.Similarity(DuplicatePostingRule.Bigrams("abc"), DuplicatePostingRule.Bigrams("abcde")).ShouldBe(0.5m);
        rule.Check(new DuplicateFacts("abc", [new OpenDemandText(Guid.NewGuid(), "XQ-3", "abcde")])).Passed.ShouldBeFalse();
        rule.Check(new DuplicateFacts("ab", [new OpenDemandText(Guid.NewGuid(), "XQ-3", "abcde")])).Passed.ShouldBeTrue(); // 1 of 4
    }

    [Fact]
    public void Bigrams_are_distinct_in_order_and_similarity_of_nothing_is_zero()
    {
        DuplicatePostingRule.OrderedBigrams("Ａb，ab ab!").ShouldBe(["ab", "ba"]);
        DuplicatePostingRule.OrderedBigrams("a").ShouldBeEmpty();
        DuplicatePostingRule.Normalise(null!).ShouldBe(string.Empty);
        DuplicatePostingRule.Similarity(new HashSet<string>(), new HashSet<string>()).ShouldBe(0m);
        Should.Throw<ArgumentNullException>(() => DuplicatePostingRule.Similarity(null!, new HashSet<string>()));
        Should.Throw<ArgumentNullException>(() => DuplicatePostingRule.Similarity(new HashSet<string>(), null!));
    }

    [Fact]
    public void Budget_and_deadline_texts_and_bounds()
    {
        var budget = new BudgetRangeRule();
        budget.Check(new Gaoxin.Scenes.Demands.BudgetFacts(null, -1)).Message.ShouldBe("预算不能为负数。");
        budget.Check(new Gaoxin.Scenes.Demands.BudgetFacts(BudgetRangeRule.Ceiling + 0.01m, null)).Message.ShouldBe("预算不能超过 100 亿元。");
        budget.Check(new Gaoxin.Scenes.Demands.BudgetFacts(null, BudgetRangeRule.Ceiling + 0.01m)).Passed.ShouldBeFalse();
        budget.Check(new Gaoxin.Scenes.Demands.BudgetFacts(0, BudgetRangeRule.Ceiling)).Passed.ShouldBeTrue();
        budget.Check(new Gaoxin.Scenes.Demands.BudgetFacts(5, 5)).Passed.ShouldBeTrue();
        budget.Check(new Gaoxin.Scenes.Demands.BudgetFacts(5.01m, 5)).Message.ShouldBe("预算下限不能高于上限。");
        budget.Check(new Gaoxin.Scenes.Demands.BudgetFacts(5, null)).Passed.ShouldBeTrue();
        Should.Throw<ArgumentNullException>(() => budget.Check(null!));
        budget.Check(new Gaoxin.Scenes.Demands.BudgetFacts(null, -1)).Rule.ShouldBe("BudgetRangeRule");

        var window = new DeadlineWindowRule();
        var today = new DateOnly(2026, 2, 28);
        window.Check(new Gaoxin.Scenes.Demands.DeadlineFacts(today, today)).Passed.ShouldBeTrue();
        window.Check(new Gaoxin.Scenes.Demands.DeadlineFacts(new DateOnly(2029, 2, 28), today)).Passed.ShouldBeTrue();
        window.Check(new Gaoxin.Scenes.Demands.DeadlineFacts(new DateOnly(2029, 3, 1), today)).Message.ShouldBe("截止日期不能晚于三年之后。");
        window.Check(new Gaoxin.Scenes.Demands.DeadlineFacts(today.AddDays(-1), today)).Rule.ShouldBe("DeadlineWindowRule");
        new PlainTextRule().Check(new PlainTextFacts("<b>")).Rule.ShouldBe("PlainTextRule");
        Should.Throw<ArgumentNullException>(() => window.Check(null!));
        Should.Throw<ArgumentNullException>(() => new PlainTextRule().Check(null!));
        new PlainTextRule().Check(new PlainTextFacts("<b>粗体</b>")).Message.ShouldBe(PlainTextRule.Message);
        PlainTextRule.Message.ShouldBe("不能包含网页标记（如 <b>、<script>），请填写纯文本。");
    }
}

public sealed class SceneRuleTextTests
{
    private static readonly DateOnly Due = new(2026, 6, 30);

    [Fact]
    public void The_proposal_window_explains_a_closed_scene_and_a_late_proposal()
    {
        new ProposalWindowRule().Check(new ProposalWindow(SceneStatus.Closed, Due, Due)).Message.ShouldBe("该场景未在征集中，不接受解决方案。");
        var late = new ProposalWindowRule().Check(new ProposalWindow(SceneStatus.Published, Due.AddDays(1), Due));
        late.Message.ShouldBe("该场景的方案征集已于 2026-06-30 截止，不再接受解决方案。");
        late.Figures["征集截止日期"].ShouldBe("2026-06-30");
        late.Figures["今天"].ShouldBe("2026-07-01");
    }

    [Fact]
    public void Readiness_and_certificates_name_what_falls_short()
    {
        var low = new SceneReadiness().Check(new ReadinessFacts(5, 6));
        low.Rule.ShouldBe("ReadinessRule");
        low.Message.ShouldBe("方案的技术成熟度（5 级）低于场景要求的最低成熟度（6 级）。");
        low.Figures["方案成熟度"].ShouldBe("5");
        low.Figures["最低成熟度"].ShouldBe("6");
        new SceneReadiness().Check(new ReadinessFacts(6, 6)).Passed.ShouldBeTrue();

        var missing = new SceneCertificates().Check(new CertificateFacts("ISO 9001、CCC，防爆认证", "iso 9001"));
        missing.Rule.ShouldBe("CertificatesRule");
        missing.Message.ShouldBe("缺少场景要求的资质：CCC、防爆认证。");
        missing.Figures["缺少资质"].ShouldBe("CCC、防爆认证");
        new SceneCertificates().Check(new CertificateFacts(null, null)).Passed.ShouldBeTrue();
        SceneCertificates.Split(" a ,, b、c，").ShouldBe(["a", "b", "c"]);
    }

    [Fact]
    public void Dates_out_of_order_name_both_dates()
    {
        var rule = new SceneDatesRule();
        rule.Check(new SceneDates(Due, Due.AddDays(-1), null)).Message.ShouldBe("方案征集截止日期（2026-06-29）不能早于发布日期（2026-06-30）。");
        rule.Check(new SceneDates(Due, Due, Due.AddDays(-1))).Message.ShouldBe("场景验证截止日期（2026-06-29）不能早于方案征集截止日期（2026-06-30）。");
        rule.Check(new SceneDates(Due, Due, Due)).Passed.ShouldBeTrue();
        rule.Check(new SceneDates(Due, Due, null)).Passed.ShouldBeTrue();
    }

    [Fact]
    public void Budget_outcome_and_trial_day_texts()
    {
        new BudgetRule().Check(new SceneBudget(SceneOffer.None, -0.01m)).Message.ShouldBe("预算金额不能为负数。");
        new BudgetRule().Check(new SceneBudget(SceneOffer.TestSite | SceneOffer.PurchaseCommitment, null)).Message.ShouldBe("提供经费支持或采购承诺的场景须填写预算金额（元）。");
        new BudgetRule().Check(new SceneBudget(SceneOffer.TestSite | SceneOffer.Data, null)).Passed.ShouldBeTrue();
        new BudgetRule().Check(new SceneBudget(SceneOffer.Budget, 0m)).Passed.ShouldBeTrue();

        new OutcomeReasonRule().Check(new OutcomeFacts(ProposalStatus.Declined, " ")).Message.ShouldBe("未入围须填写原因。");
        new OutcomeReasonRule().Check(new OutcomeFacts(ProposalStatus.TrialFailed, null)).Message.ShouldBe("验证未通过须填写验证结论和原因。");
        new OutcomeReasonRule().Check(new OutcomeFacts(ProposalStatus.TrialPassed, null)).Passed.ShouldBeTrue();
        new OutcomeReasonRule().Check(new OutcomeFacts(ProposalStatus.Declined, "价格过高")).Passed.ShouldBeTrue();

        var rule = new TrialDayRule();
        rule.Check(new TrialDay(Due.AddDays(-1), Due, null)).Message.ShouldBe("验证结束日期不能早于验证开始日期（2026-06-30）。");
        rule.Check(new TrialDay(Due.AddDays(11), Due, Due.AddDays(10))).Message.ShouldBe("验证结束日期不能晚于场景的验证截止日期（2026-07-10）。");
        rule.Check(new TrialDay(Due, Due, Due)).Passed.ShouldBeTrue();
        rule.Check(new TrialDay(Due.AddDays(400), Due, null)).Passed.ShouldBeTrue();
    }
}

public sealed class ContractRuleTextTests
{
    [Fact]
    public void Each_contract_rule_explains_its_refusal_with_its_figures()
    {
        var payments = new PaymentsAddUpRule().Check(new PaymentFacts(100_000m, [30_000m, 69_999.99m]));
        payments.Rule.ShouldBe(nameof(PaymentsAddUpRule));
        payments.Message.ShouldBe("分期付款合计 99999.99 元与合同成交额 100000.00 元不一致。");
        payments.Figures["分期合计"].ShouldBe("99999.99");
        payments.Figures["合同成交额"].ShouldBe("100000.00");

        var technology = new TechnologyAmountWithinContractRule().Check(new TechnologyAmountFacts(100_000m, 100_000.01m));
        technology.Message.ShouldBe("技术交易额 100000.01 元不能超过合同成交额 100000.00 元。");
        technology.Figures["技术交易额"].ShouldBe("100000.01");
        technology.Figures["合同成交额"].ShouldBe("100000.00");
        new TechnologyAmountWithinContractRule().Check(new TechnologyAmountFacts(100_000m, 100_000m)).Passed.ShouldBeTrue();

        var signed = new DateOnly(2026, 3, 10);
        var early = new RegistrationDateRule().Check(new RegistrationDateFacts(signed, signed.AddDays(-1), signed));
        early.Message.ShouldBe("登记日期不能早于合同签订日期。");
        early.Figures["签订日期"].ShouldBe("2026-03-10");
        early.Figures["登记日期"].ShouldBe("2026-03-09");
        new RegistrationDateRule().Check(new RegistrationDateFacts(signed, signed.AddDays(1), signed)).Message.ShouldBe("登记日期不能晚于今天。");
        new RegistrationDateRule().Check(new RegistrationDateFacts(signed, signed, signed)).Passed.ShouldBeTrue();

        var org = Guid.NewGuid();
        new DistinctPartiesRule().Check(new PartiesFacts(org, org)).Message.ShouldBe("技术合同的买方与卖方不能是同一单位。");
        var number = new RegistrationNumberFormatRule().Check("2026-51030");
        number.Message.ShouldBe("合同登记号应为 10 至 30 位数字或字母。");
        number.Figures["登记号"].ShouldBe("2026-51030");
    }

    [Theory]
    [InlineData("123456789", false)]
    [InlineData("1234567890", true)]
    [InlineData("abcdefghij0123456789ABCDEFGHIJ", true)]
    [InlineData("abcdefghij0123456789ABCDEFGHIJK", false)]
    [InlineData("1234567890\n", false)]
    public void A_registration_number_is_10_to_30_letters_or_digits(string number, bool passes) =>
        new RegistrationNumberFormatRule().Check(number).Passed.ShouldBe(passes);
}

public sealed class MatchRuleTextTests
{
    private static MatchFacts Facts(ZoneIndustry? queryIndustry = null, string? queryChain = null, int? minReadiness = null, string? required = null, string? queryIpc = null,
        string? queryRegion = null, ZoneIndustry industry = ZoneIndustry.Other, string? chain = null, int? readiness = null, string? certificates = null,
        string? ipc = null, string? region = null) =>
        new(queryIndustry, queryChain, minReadiness, required, queryIpc, queryRegion, industry, chain, readiness, certificates, ipc, region);

    [Fact]
    public void The_rules_are_shown_in_their_order()
    {
        MatchRules.All.Select(r => r.Name).ShouldBe([
            nameof(SameChainLinkRule), nameof(SameIndustryRule), "ReadinessRule", "CertificatesRule", nameof(SameIpcSubclassRule), nameof(SameRegionRule)]);
    }

    [Theory]
    [InlineData(ZoneIndustry.NewEnergy, "同属新能源产业")]
    [InlineData(ZoneIndustry.IntelligentManufacturing, "同属智能制造产业")]
    [InlineData(ZoneIndustry.AdvancedMaterials, "同属先进材料产业")]
    [InlineData(ZoneIndustry.Traditional, "同属传统优势产业")]
    public void Each_industry_reads_by_its_name(ZoneIndustry industry, string text)
    {
        var reason = new SameIndustryRule().Evaluate(Facts(queryIndustry: industry, industry: industry));
        reason!.Text.ShouldBe(text);
        reason.Effect.ShouldBe(SameIndustryRule.Effect);
        MatchRules.IndustryName(ZoneIndustry.Other).ShouldBe("其他");
    }

    [Fact]
    public void Reasons_read_as_a_person_would_say_them()
    {
        new SameChainLinkRule().Evaluate(Facts(queryChain: "正极材料", chain: " 层状氧化物正极材料 "))!.Text.ShouldBe("同属产业链环节「层状氧化物正极材料」");
        new SameChainLinkRule().Evaluate(Facts(queryChain: "层状氧化物正极材料", chain: "正极材料")).ShouldNotBeNull();
        new SameChainLinkRule().Evaluate(Facts(queryChain: "、。", chain: "正极材料")).ShouldBeNull(); // nothing left after punctuation
        new SameChainLinkRule().Evaluate(Facts(queryChain: "正极材料", chain: "。")).ShouldBeNull();
        new SameChainLinkRule().Evaluate(Facts(queryChain: " ", chain: "正极材料")).ShouldBeNull();
        new SameChainLinkRule().Evaluate(Facts(queryChain: "正极材料", chain: null)).ShouldBeNull();

        var reached = new MatchReadiness().Evaluate(Facts(minReadiness: 6, readiness: 6))!;
        reached.Text.ShouldBe("技术成熟度6级，达到要求的6级");
        reached.Effect.ShouldBe(MatchReadiness.Reached);
        var below = new MatchReadiness().Evaluate(Facts(minReadiness: 6, readiness: 5))!;
        below.Text.ShouldBe("技术成熟度5级，低于要求的6级");
        below.Effect.ShouldBe(MatchReadiness.Below);
        new MatchReadiness().Evaluate(Facts(minReadiness: 6)).ShouldBeNull();
        new MatchReadiness().Evaluate(Facts(readiness: 6)).ShouldBeNull();

        var held = new MatchCertificates().Evaluate(Facts(required: "ISO 9001；CCC", certificates: "iso9001认证,CCC"))!;
        held.Text.ShouldBe("具备所需资质：ISO 9001、CCC");
        held.Effect.ShouldBe(MatchCertificates.AllHeld);
        var short_ = new MatchCertificates().Evaluate(Facts(required: "ISO 9001;防爆认证\nCCC", certificates: "ISO 9001"))!;
        short_.Text.ShouldBe("缺少所需资质：防爆认证、CCC");
        short_.Effect.ShouldBe(MatchCertificates.Missing);
        new MatchCertificates().Evaluate(Facts(required: " ")).ShouldBeNull();

        new SameIpcSubclassRule().Evaluate(Facts(queryIpc: "H01M10/054、C01B", ipc: "h01m4/58；C01B25/45"))!.Text.ShouldBe("同属IPC小类H01M、C01B");
        new SameRegionRule().Evaluate(Facts(queryRegion: "自贡市", region: " 自贡市 "))!.Text.ShouldBe("同在自贡市");
        new SameRegionRule().Evaluate(Facts(queryRegion: "自贡市", region: "内江市")).ShouldBeNull();
        new SameRegionRule().Evaluate(Facts(queryRegion: " ", region: " ")).ShouldBeNull();
    }

    [Theory]
    [InlineData("H01M", "H01M")]
    [InlineData("H01", "")]      // too short to be a subclass
    [InlineData("101M", "")]     // a section is a letter
    [InlineData("HX1M", "")]
    [InlineData("H0XM", "")]
    [InlineData("H011", "")]
    public void A_subclass_is_a_letter_two_digits_and_a_letter(string ipc, string subclass) =>
        string.Join(",", SameIpcSubclassRule.Subclasses(ipc)).ShouldBe(subclass);

    [Fact]
    public void Lists_split_on_chinese_and_latin_separators_once_each()
    {
        MatchRules.Split("a、b，c,d；e;f\ng、A").ShouldBe(["a", "b", "c", "d", "e", "f", "g"]);
        MatchRules.Split("  ").ShouldBeEmpty();
        MatchRules.Split(null).ShouldBeEmpty();
        MatchRules.Normalise("a b.c").ShouldBe("ABC");
    }
}
