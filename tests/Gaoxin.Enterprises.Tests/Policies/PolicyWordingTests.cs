using Gaoxin.Enterprises.Policies;

namespace Gaoxin.Enterprises.Tests.Policies;

/// <summary>A policy reads in plain Chinese wherever a person sees it (#22 item 3): no JSON, keys or metric names.</summary>
public sealed class PolicyWordingTests
{
    [Fact]
    public void A_policy_of_several_conditions_reads_as_a_numbered_list()
    {
        var text = PolicyWording.Eligibility("""{"all":[{"holds":"HighTech","recognisedInYear":"current"},{"metric":"RdToSales","op":">=","value":0.03},{"aboveDesignatedSize":true}]}""");
        text.ShouldBe("同时满足：① 持有有效的高新技术企业证书，且于当年首次认定；② 研发费用占销售收入比例不低于 3.00%；③ 规模以上企业（以最近一年主营业务收入 20,000,000 元为界）");
    }

    [Fact]
    public void Nested_groups_negations_and_flags_keep_their_meaning()
    {
        var text = PolicyWording.Eligibility("""{"any":[{"flag":"OwnsCoreIp"},{"all":[{"metric":"Staff","op":"<","value":500},{"not":{"qualifies":"TechSme"}}]},{"flag":"ProductsRestricted","is":false}]}""");
        text.ShouldBe("满足其一：① 拥有核心知识产权；② 同时满足（职工总数低于 500；不满足（符合科技型中小企业评价条件））；③ 并非“产品属于禁止、限制或淘汰类”");
    }

    [Theory]
    [InlineData(">", "高于")]
    [InlineData("<=", "不高于")]
    [InlineData("==", "等于")]
    [InlineData("!=", "不等于")]
    public void Every_comparison_has_its_word(string op, string word) =>
        PolicyWording.Eligibility($$"""{"metric":"ClassOneIp","op":"{{op}}","value":2}""").ShouldBe($"Ⅰ类知识产权数{word} 2");

    [Fact]
    public void A_certificate_on_a_day_or_from_a_fixed_or_previous_year_is_said_so()
    {
        PolicyWording.Eligibility("""{"holds":"TechSme","validOn":"2025-06-30"}""").ShouldBe("持有有效的科技型中小企业证书（2025-06-30 在有效期内）");
        PolicyWording.Eligibility("""{"holds":"HighTech","recognisedInYear":2024}""").ShouldBe("持有有效的高新技术企业证书，且于 2024 年首次认定");
        PolicyWording.Eligibility("""{"holds":"HighTech","recognisedInYear":"previous"}""").ShouldBe("持有有效的高新技术企业证书，且于上一年首次认定");
        PolicyWording.Eligibility("""{"aboveDesignatedSize":false}""").ShouldStartWith("规模以下企业");
    }

    [Fact]
    public void Amounts_read_as_fixed_or_rate_times_a_figure_with_its_cap()
    {
        PolicyWording.Amount("""{"fixed":300000}""").ShouldBe("固定金额 300,000 元");
        PolicyWording.Amount("""{"rate":0.1,"of":"RdAmount","cap":500000}""").ShouldBe("研发费用 × 10.00%，最高 500,000 元");
        PolicyWording.Amount("""{"rate":0.05,"of":"Sales"}""").ShouldBe("销售收入 × 5.00%");
    }

    [Fact]
    public void A_record_that_does_not_parse_says_so_instead_of_showing_its_text()
    {
        PolicyWording.Eligibility("""{"all":[{"metric":"Nope"}]}""").ShouldBe("（条款无法解读，请管理员检查）");
        PolicyWording.Amount("not json").ShouldBe("（条款无法解读，请管理员检查）");
    }
}
