using Gaoxin.Scenes.TechContracts;

namespace Gaoxin.Scenes.Tests.TechContracts;

/// <summary>The instalments add up to the amount to the fen: a fen more or less is refused.</summary>
public sealed class PaymentsAddUpRuleTests
{
    [Theory]
    [InlineData("1200000.00", true)]
    [InlineData("1200000.01", false)]
    [InlineData("1199999.99", false)]
    public void Instalments_must_equal_the_amount_exactly(string total, bool passes)
    {
        var last = decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture) - 1_000_000m;
        var outcome = new PaymentsAddUpRule().Check(new PaymentFacts(1_200_000m, [600_000m, 400_000m, last]));
        outcome.Passed.ShouldBe(passes);
        outcome.Rule.ShouldBe(nameof(PaymentsAddUpRule));
        if (!passes)
        {
            outcome.Figures["分期合计"].ShouldBe(total);
            outcome.Figures["合同成交额"].ShouldBe("1200000.00");
        }
    }

    [Fact]
    public void No_instalment_adds_up_to_nothing()
    {
        new PaymentsAddUpRule().Check(new PaymentFacts(1m, [])).Passed.ShouldBeFalse();
    }
}

/// <summary>The technology amount may equal the contract amount, not exceed it by a fen.</summary>
public sealed class TechnologyAmountWithinContractRuleTests
{
    [Theory]
    [InlineData("999.99", true)]
    [InlineData("1000.00", true)]
    [InlineData("1000.01", false)]
    public void Technology_amount_is_at_most_the_amount(string technology, bool passes)
    {
        var outcome = new TechnologyAmountWithinContractRule().Check(new TechnologyAmountFacts(1000m, decimal.Parse(technology, System.Globalization.CultureInfo.InvariantCulture)));
        outcome.Passed.ShouldBe(passes);
        outcome.Rule.ShouldBe(nameof(TechnologyAmountWithinContractRule));
    }
}

/// <summary>Registered on or after signing, on or before today.</summary>
public sealed class RegistrationDateRuleTests
{
    private static readonly DateOnly Signed = new(2025, 10, 10);
    private static readonly DateOnly Today = new(2025, 12, 1);

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    public void Not_before_signing(int days, bool passes) =>
        new RegistrationDateRule().Check(new RegistrationDateFacts(Signed, Signed.AddDays(days), Today)).Passed.ShouldBe(passes);

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void Not_in_the_future(int days, bool passes)
    {
        var outcome = new RegistrationDateRule().Check(new RegistrationDateFacts(Signed, Today.AddDays(days), Today));
        outcome.Passed.ShouldBe(passes);
        outcome.Rule.ShouldBe(nameof(RegistrationDateRule));
    }
}

/// <summary>Buyer and seller are two organisations.</summary>
public sealed class DistinctPartiesRuleTests
{
    [Fact]
    public void The_same_organisation_on_both_sides_is_refused()
    {
        var a = Guid.NewGuid();
        new DistinctPartiesRule().Check(new PartiesFacts(a, a)).Passed.ShouldBeFalse();
        new DistinctPartiesRule().Check(new PartiesFacts(a, Guid.NewGuid())).Passed.ShouldBeTrue();
        new DistinctPartiesRule().Check(new PartiesFacts(a, a)).Rule.ShouldBe(nameof(DistinctPartiesRule));
    }
}

/// <summary>10 to 30 digits or Latin letters, nothing else (no spaces, no dashes, no trailing newline).</summary>
public sealed class RegistrationNumberFormatRuleTests
{
    [Theory]
    [InlineData("123456789", false)]
    [InlineData("1234567890", true)]
    [InlineData("2025510300000123", true)]
    [InlineData("AB12345678cd", true)]
    [InlineData("123456789012345678901234567890", true)]
    [InlineData("1234567890123456789012345678901", false)]
    [InlineData("2025-5103-0000", false)]
    [InlineData("2025510300000123\n", false)]
    [InlineData("２０２５５１０３００００", false)]
    [InlineData("", false)]
    public void Format(string number, bool passes)
    {
        var outcome = new RegistrationNumberFormatRule().Check(number);
        outcome.Passed.ShouldBe(passes);
        outcome.Rule.ShouldBe(nameof(RegistrationNumberFormatRule));
    }
}
