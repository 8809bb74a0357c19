using Gaoxin.Services.ServicePage;

namespace Gaoxin.Services.Tests.Notices;

/// <summary>A certificate holds through its last day; reminded from 90 days before; followed for 90 days after it lapsed.</summary>
public sealed class CertificateExpiryRuleTests
{
    private static readonly CertificateExpiryRule Rule = new();
    private static readonly DateOnly ValidTo = new(2026, 11, 30);

    [Theory]
    [InlineData("2026-08-31", DueStanding.NotYet, 91)]
    [InlineData("2026-09-01", DueStanding.Due, 90)]
    [InlineData("2026-09-02", DueStanding.Due, 89)]
    [InlineData("2026-11-30", DueStanding.Due, 0)]
    [InlineData("2026-12-01", DueStanding.Overdue, -1)]
    [InlineData("2027-02-28", DueStanding.Overdue, -90)]
    public void Standing_at_the_edges_of_the_window(string today, DueStanding standing, int daysLeft)
    {
        var due = Rule.Assess(new ExpiryFacts("高新技术企业证书", ValidTo, DateOnly.Parse(today))).ShouldNotBeNull();
        due.Standing.ShouldBe(standing);
        due.DaysLeft.ShouldBe(daysLeft);
    }

    [Fact]
    public void Ninety_one_days_before_it_is_not_yet_and_ninety_one_after_it_is_history()
    {
        Rule.Assess(new ExpiryFacts("证书", ValidTo, ValidTo.AddDays(-90)))!.Standing.ShouldBe(DueStanding.Due);
        Rule.Assess(new ExpiryFacts("证书", ValidTo, ValidTo.AddDays(-91)))!.Standing.ShouldBe(DueStanding.NotYet);
        Rule.Assess(new ExpiryFacts("证书", ValidTo, ValidTo.AddDays(90))).ShouldNotBeNull();
        Rule.Assess(new ExpiryFacts("证书", ValidTo, ValidTo.AddDays(91))).ShouldBeNull();
    }
}
