using Gaoxin.Enterprises.Certification;

namespace Gaoxin.Enterprises.Tests.Certification;

/// <summary>The texts the catalog and the engine give when a scheme cannot be evaluated, word for word.</summary>
public sealed class CatalogTextTests
{
    [Theory]
    [InlineData(SchemeCode.TechSme, "科技型中小企业")]
    [InlineData(SchemeCode.InnovativeSme, "创新型中小企业")]
    [InlineData(SchemeCode.SpecialisedSme, "专精特新中小企业")]
    [InlineData(SchemeCode.LittleGiant, "专精特新“小巨人”企业")]
    [InlineData(SchemeCode.HighTech, "高新技术企业")]
    public void Every_scheme_has_its_chinese_title(SchemeCode scheme, string title) => Schemes.Title(scheme).ShouldBe(title);

    [Fact]
    public void Two_versions_on_the_same_day_name_the_scheme_and_the_day() =>
        Should.Throw<ArgumentException>(() => new SchemeCatalog([InnovativeSmeScheme.V2022, InnovativeSmeScheme.V2022 with { Version = "copy" }]))
            .Message.ShouldStartWith("创新型中小企业有两个版本于同一天（2022-08-01）生效。");

    [Fact]
    public void No_version_in_force_names_the_day_and_the_scheme() =>
        Should.Throw<InvalidOperationException>(() => new CertificationEngine().Evaluate(SchemeCode.SpecialisedSme, FactsBuilder.Enterprise().AsOf(new DateOnly(2022, 7, 31)).Build()))
            .Message.ShouldBe("2022-07-31 没有生效的专精特新中小企业评价办法版本。");

    [Fact]
    public void A_version_without_an_evaluator_is_refused_by_name() =>
        Should.Throw<NotSupportedException>(() => new CertificationEngine().EvaluatorFor(new UnknownVersion()))
            .Message.ShouldBe("没有专精特新“小巨人”企业的评价器。");

    private sealed record UnknownVersion() : SchemeVersion(SchemeCode.LittleGiant, "test", "test", new DateOnly(2020, 1, 1), 60m);
}
