using Gaoxin.PilotBase.Bookings;
using Gaoxin.PilotBase.Catalogue;

namespace Gaoxin.PilotBase.Tests.Bookings;

public sealed class BookingPriceTests
{
    private static readonly DateTimeOffset Nine = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(60, 800, 800)]
    [InlineData(61, 800, 1600)]
    [InlineData(90, 800, 1600)]
    [InlineData(120, 800, 1600)]
    public void By_the_hour_every_started_hour_counts(int minutes, decimal hourly, decimal expected) =>
        BookingPrice.Of(hourly, PriceUnit.Hour, Nine, Nine.AddMinutes(minutes)).ShouldBe(expected);

    [Theory]
    [InlineData(24 * 60, 2000)]
    [InlineData((24 * 60) + 1, 4000)]
    [InlineData(60, 2000)]
    public void By_the_day_every_started_24_hours_counts(int minutes, decimal expected) =>
        BookingPrice.Of(2_000m, PriceUnit.Day, Nine, Nine.AddMinutes(minutes)).ShouldBe(expected);

    [Fact]
    public void A_batch_or_a_fixed_price_is_charged_once_whatever_the_length_and_rounded_to_the_fen()
    {
        BookingPrice.Of(6_000m, PriceUnit.Batch, Nine, Nine.AddDays(3)).ShouldBe(6_000m);
        BookingPrice.Of(120_000m, PriceUnit.Fixed, Nine, Nine.AddDays(10)).ShouldBe(120_000m);
        BookingPrice.Of(0.125m, PriceUnit.Hour, Nine, Nine.AddHours(1)).ShouldBe(0.13m);
    }
}
