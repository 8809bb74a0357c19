using Gaoxin.Kernel.Registry;
using Gaoxin.Services.Approvals;
using Gaoxin.Services.Catalogue;

namespace Gaoxin.Services.Tests.Approvals;

/// <summary>表单字段校验 at each boundary of each kind of field.</summary>
public sealed class FormFieldRuleTests
{
    private static FieldDefinition Field(FieldKind kind, bool required = true, int? maxLength = null, decimal? min = null, decimal? max = null, string? choices = null) =>
        new("k", "字段", kind, required, maxLength, min, max, choices, 1);

    private static bool Passes(FieldDefinition f, string? value) => new FormFieldRule().Check(new FieldFacts(f, value)).Passed;

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData("x", true)]
    public void A_required_field_needs_a_value(string? value, bool passes) => Passes(Field(FieldKind.Text), value).ShouldBe(passes);

    [Fact]
    public void An_optional_field_may_be_empty_but_not_wrong()
    {
        Passes(Field(FieldKind.Number, required: false), null).ShouldBeTrue();
        Passes(Field(FieldKind.Number, required: false), "abc").ShouldBeFalse();
    }

    [Theory]
    [InlineData("-0.01", false)]
    [InlineData("0", true)]
    [InlineData("100", true)]
    [InlineData("100.01", false)]
    [InlineData("1e2", false)]
    [InlineData("1,000", false)]
    public void A_number_lies_within_min_and_max(string value, bool passes) => Passes(Field(FieldKind.Number, min: 0, max: 100), value).ShouldBe(passes);

    [Fact]
    public void Text_is_at_most_max_length_characters()
    {
        var f = Field(FieldKind.Text, maxLength: 5);
        Passes(f, "一二三四五").ShouldBeTrue();
        Passes(f, "一二三四五六").ShouldBeFalse();
        Passes(Field(FieldKind.Text), new string('x', FormFieldRule.DefaultMaxLength)).ShouldBeTrue();
        Passes(Field(FieldKind.Text), new string('x', FormFieldRule.DefaultMaxLength + 1)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("2026-02-28", true)]
    [InlineData("2026-02-29", false)]
    [InlineData("2026/02/28", false)]
    [InlineData("1899-12-31", false)]
    public void A_date_is_a_real_day_written_yyyy_mm_dd(string value, bool passes) => Passes(Field(FieldKind.Date), value).ShouldBe(passes);

    [Theory]
    [InlineData("A类", true)]
    [InlineData("a类", false)]
    [InlineData("F类", false)]
    public void A_choice_is_one_of_the_options(string value, bool passes) => Passes(Field(FieldKind.Choice, choices: "A类|B类"), value).ShouldBe(passes);

    [Fact]
    public void A_credit_code_has_its_check_character()
    {
        var first = "91510300MA62XK0T4";
        var good = first + UnifiedSocialCreditCode.CheckCharacter(first);
        var wrong = first + (good[^1] == '0' ? '1' : '0');
        Passes(Field(FieldKind.CreditCode), good).ShouldBeTrue();
        var outcome = new FormFieldRule().Check(new FieldFacts(Field(FieldKind.CreditCode), wrong));
        outcome.Passed.ShouldBeFalse();
        outcome.Message.ShouldContain("校验码");
    }

    [Fact]
    public void Fields_with_one_key_on_several_items_merge_to_the_tightest()
    {
        var merged = FieldDefinition.Merge([
            new FieldDefinition("amount", "金额", FieldKind.Number, false, null, 0, 1000, null, 1),
            new FieldDefinition("amount", "金额", FieldKind.Number, true, null, 10, 500, null, 2),
            new FieldDefinition("name", "名称", FieldKind.Text, false, 50, null, null, null, 3),
        ]);
        merged.Count.ShouldBe(2);
        merged[0].ShouldBe(new FieldDefinition("amount", "金额", FieldKind.Number, true, null, 10, 500, null, 1));
    }

    [Fact]
    public void Errors_name_every_field_at_fault_and_any_unknown_one()
    {
        var errors = FormFieldRule.Errors([Field(FieldKind.Text) with { Key = "a" }, Field(FieldKind.Number, min: 1) with { Key = "b" }],
            new Dictionary<string, string?> { ["b"] = "0", ["c"] = "x" });
        errors.Keys.Order().ShouldBe(["fields.a", "fields.b", "fields.c"]);
    }
}
