using Gaoxin.Kernel.Money;

namespace Gaoxin.Kernel.Tests;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("0.01")]
    [InlineData("20000000")]
    [InlineData("-5000000.99")]
    [InlineData("1000000000000")]
    [InlineData("-1000000000000")]
    public void Accepts_amounts_to_the_fen_within_range(string yuan)
    {
        var amount = decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture);
        Money.Money.Of(amount).Yuan.ShouldBe(amount);
    }

    [Theory]
    [InlineData("0.001")]
    [InlineData("100.005")]
    public void Refuses_more_precision_than_the_fen(string yuan)
    {
        var ex = Should.Throw<ArgumentException>(() => Money.Money.Of(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture)));
        ex.Message.ShouldContain("分");
    }

    [Theory]
    [InlineData("1000000000000.01")]
    [InlineData("-1000000000000.01")]
    public void Refuses_amounts_beyond_one_trillion(string yuan) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Money.Money.Of(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Wan_is_ten_thousand_yuan()
    {
        Money.Money.OfWan(2000).ShouldBe(Money.Money.Of(20_000_000m));
        Money.Money.Of(5_000_000m).Wan.ShouldBe(500m);
    }

    [Fact]
    public void Adds_subtracts_and_compares_exactly()
    {
        var budget = Money.Money.Of(20_000_000m);
        var committed = Money.Money.Of(0.1m) + Money.Money.Of(0.2m);
        committed.Yuan.ShouldBe(0.3m);
        (budget - committed).Yuan.ShouldBe(19_999_999.7m);
        (committed < budget).ShouldBeTrue();
        Money.Money.Max(budget, committed).ShouldBe(budget);
        Money.Money.Min(budget, committed).ShouldBe(committed);
    }

    [Theory]
    [InlineData("100.00", "0.125", "12.50")]
    [InlineData("0.05", "0.5", "0.03")]
    [InlineData("-0.05", "0.5", "-0.03")]
    public void Times_rounds_half_away_from_zero_to_the_fen(string yuan, string factor, string expected)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        Money.Money.Of(decimal.Parse(yuan, inv)).Times(decimal.Parse(factor, inv)).Yuan.ShouldBe(decimal.Parse(expected, inv));
    }

    [Fact]
    public void Formats_with_yuan_sign_and_thousands() =>
        Money.Money.Of(1_234_567.8m).ToString().ShouldBe("¥1,234,567.80");
}

public sealed class PercentTests
{
    [Fact]
    public void Keeps_full_precision_of_a_share()
    {
        var rate = Percent.Of(93, 114);
        rate.ToString(2).ShouldBe("81.58%");
        rate.Ratio.ShouldBe(93m / 114m);
    }

    [Fact]
    public void Refuses_a_zero_whole() => Should.Throw<DivideByZeroException>(() => Percent.Of(1, 0));

    [Theory]
    [InlineData("0", "0.00%")]
    [InlineData("100", "100.00%")]
    [InlineData("30", "30.00%")]
    public void Points_round_trip(string points, string text)
    {
        var p = Percent.FromPoints(decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture));
        p.ToString().ShouldBe(text);
        p.Points.ShouldBe(decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Applies_to_money_rounding_to_the_fen() =>
        Percent.FromPoints(40).Of(Money.Money.Of(1_234_567.89m)).Yuan.ShouldBe(493_827.16m);

    [Fact]
    public void Compares_by_ratio()
    {
        (Percent.FromPoints(80) > Percent.FromPoints(30)).ShouldBeTrue();
        (Percent.FromRatio(0.8m) >= Percent.FromPoints(80)).ShouldBeTrue();
    }
}
