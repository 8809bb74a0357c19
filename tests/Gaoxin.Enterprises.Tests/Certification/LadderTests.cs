using Gaoxin.Enterprises.Certification;

namespace Gaoxin.Enterprises.Tests.Certification;

public sealed class LadderTests
{
    private static LadderPlace Place(FactsBuilder builder)
    {
        var facts = builder.Build();
        return Ladder.Place(facts, new CertificationEngine().EvaluateAll(facts));
    }

    [Fact]
    public void Without_certificates_the_next_rung_is_tech_sme()
    {
        var place = Place(FactsBuilder.Enterprise().Latest(y => y with { TechStaff = 5 }));
        place.Main.Current.ShouldBeNull();
        place.Main.Next.ShouldBe(SchemeCode.TechSme);
        place.Main.NextVerdict.ShouldBe(Verdict.DoesNotQualify);
        place.Main.Gaps.ShouldContain(g => g.Contains("科技人员指标得分为 0"));
    }

    [Fact]
    public void A_qualifying_next_rung_says_so()
    {
        var place = Place(FactsBuilder.Enterprise());
        place.Main.Next.ShouldBe(SchemeCode.TechSme);
        place.Main.Gaps.ShouldBe(["已满足科技型中小企业条件，可以申报。"]);
    }

    [Fact]
    public void Tech_sme_holder_aims_at_innovative_sme()
    {
        var place = Place(FactsBuilder.Enterprise().Holding(SchemeCode.TechSme).Latest(y => y with { DebtRatio = 0.80m }));
        place.Main.Current.ShouldBe(SchemeCode.TechSme);
        place.Main.Next.ShouldBe(SchemeCode.InnovativeSme);
        place.Main.Gaps.ShouldContain("成长性指标 5 分，需不低于 15 分：还差 10 分");
    }

    [Fact]
    public void The_highest_valid_certificate_counts_and_expired_ones_do_not()
    {
        var place = Place(FactsBuilder.Enterprise()
            .Holding(SchemeCode.TechSme)
            .Holding(SchemeCode.InnovativeSme)
            .Holding(SchemeCode.SpecialisedSme, new DateOnly(2020, 1, 1), new DateOnly(2023, 1, 1)));
        place.Main.Current.ShouldBe(SchemeCode.InnovativeSme);
        place.Main.Next.ShouldBe(SchemeCode.SpecialisedSme);
    }

    [Fact]
    public void Specialised_sme_holder_aims_at_little_giant_which_has_no_evaluator()
    {
        var place = Place(FactsBuilder.Enterprise().Holding(SchemeCode.SpecialisedSme));
        place.Main.Current.ShouldBe(SchemeCode.SpecialisedSme);
        place.Main.Next.ShouldBe(SchemeCode.LittleGiant);
        place.Main.NextVerdict.ShouldBeNull();
        place.Main.Gaps.ShouldBe([Ladder.LittleGiantGap]);
        Ladder.LittleGiantGap.ShouldContain("不作评价");
    }

    [Fact]
    public void Little_giant_is_the_top()
    {
        var place = Place(FactsBuilder.Enterprise().Holding(SchemeCode.LittleGiant));
        place.Main.Current.ShouldBe(SchemeCode.LittleGiant);
        place.Main.Next.ShouldBeNull();
    }

    [Fact]
    public void High_tech_is_a_parallel_track()
    {
        var held = Place(FactsBuilder.Enterprise().Holding(SchemeCode.HighTech));
        held.HighTech.Current.ShouldBe(SchemeCode.HighTech);
        held.Main.Current.ShouldBeNull(); // 高新 does not place the enterprise on the main track

        var notHeld = Place(FactsBuilder.Enterprise());
        notHeld.HighTech.Current.ShouldBeNull();
        notHeld.HighTech.Next.ShouldBe(SchemeCode.HighTech);
        notHeld.HighTech.NextVerdict.ShouldBe(Verdict.AwaitingExperts);
    }

    [Fact]
    public void Missing_data_on_the_next_rung_is_named()
    {
        var place = Place(FactsBuilder.Enterprise().Latest(y => y with { Sales = null }));
        place.Main.NextVerdict.ShouldBe(Verdict.MissingData);
        place.Main.Gaps[0].ShouldContain("缺少 2024 年度销售收入");
    }
}

/// <summary>The words each ladder step says (issue #23: a broken text must fail a test).</summary>
public sealed class LadderTextTests
{
    [Fact]
    public void The_top_rung_and_a_held_high_tech_certificate_say_what_comes_next()
    {
        var facts = FactsBuilder.Enterprise().Holding(SchemeCode.LittleGiant).Holding(SchemeCode.HighTech).Build();
        var place = Ladder.Place(facts, new CertificationEngine().EvaluateAll(facts));
        place.Main.Gaps.ShouldBe(["已是专精特新“小巨人”企业，处于梯度培育最高一级；下一步可考虑上市。"]);
        place.HighTech.Gaps.ShouldBe(["持有有效的高新技术企业证书；到期前请按时重新认定。"]);
    }

    [Fact]
    public void A_rung_not_evaluated_says_so()
    {
        var place = Ladder.Place(FactsBuilder.Enterprise().Build(), []);
        place.Main.Gaps.ShouldBe(["尚未按科技型中小企业条件评价。"]);
        place.HighTech.Gaps.ShouldBe(["尚未按高新技术企业条件评价。"]);
    }

    [Fact]
    public void A_rung_lacking_data_names_what_is_missing()
    {
        var facts = FactsBuilder.Enterprise().Latest(y => y with { TotalAssets = null }).Build();
        Ladder.Place(facts, new CertificationEngine().EvaluateAll(facts)).Main.Gaps[0].ShouldBe("评价科技型中小企业还缺少数据：缺少 2024 年度资产总额");
    }
}
