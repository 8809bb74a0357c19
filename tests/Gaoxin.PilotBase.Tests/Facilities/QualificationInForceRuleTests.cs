using Gaoxin.PilotBase.Facilities;

namespace Gaoxin.PilotBase.Tests.Facilities;

public sealed class QualificationInForceRuleTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    [Fact]
    public void A_qualification_holds_through_its_last_day_and_is_expired_the_day_after()
    {
        var rule = new QualificationInForceRule();
        rule.Check(new QualificationFacts("CMA 1", Today, Today)).Passed.ShouldBeTrue();
        var expired = rule.Check(new QualificationFacts("CMA 1", Today.AddDays(-1), Today));
        expired.Passed.ShouldBeFalse();
        expired.Message.ShouldContain("已于 2026-05-31 过期");
    }

    [Fact]
    public void Ninety_days_ahead_is_expiring_soon_and_ninety_one_is_valid()
    {
        QualificationInForceRule.Standing(Today.AddDays(90), Today).ShouldBe(QualificationStanding.ExpiringSoon);
        QualificationInForceRule.Standing(Today.AddDays(91), Today).ShouldBe(QualificationStanding.Valid);
        QualificationInForceRule.Standing(Today, Today).ShouldBe(QualificationStanding.ExpiringSoon);
        QualificationInForceRule.Standing(Today.AddDays(-1), Today).ShouldBe(QualificationStanding.Expired);
    }
}
