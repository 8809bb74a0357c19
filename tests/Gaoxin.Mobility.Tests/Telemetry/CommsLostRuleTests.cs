using Gaoxin.Mobility.Telemetry;

namespace Gaoxin.Mobility.Tests.Telemetry;

/// <summary>通信正常 at its boundary: exactly the allowed silence is fine, one second more is lost.</summary>
public sealed class CommsLostRuleTests
{
    private static readonly CommsLostRule Rule = new();
    private static readonly DateTimeOffset Last = new(2025, 10, 6, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, true)]
    [InlineData(60, true)]
    [InlineData(60.999, true)]
    [InlineData(61, false)]
    public void Exactly_the_limit_is_fine_a_second_more_is_lost(double seconds, bool kept) =>
        Rule.Check(new CommsFacts(Last, Last.AddSeconds(seconds), 60)).Passed.ShouldBe(kept);

    [Fact]
    public void Lost_names_the_silence_and_the_limit()
    {
        var outcome = Rule.Check(new CommsFacts(Last, Last.AddSeconds(95), 60));
        outcome.Rule.ShouldBe(nameof(CommsLostRule));
        outcome.Message.ShouldBe("已 95 秒未收到轨迹点（上限 60 秒）。");
        outcome.Figures["silenceSeconds"].ShouldBe("95");
        outcome.Figures["maxSeconds"].ShouldBe("60");
        Rule.Check(new CommsFacts(Last, Last, 60)).Message.ShouldBe("通信正常。");
    }
}
