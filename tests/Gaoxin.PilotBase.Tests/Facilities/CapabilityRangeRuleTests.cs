using Gaoxin.PilotBase.Facilities;

namespace Gaoxin.PilotBase.Tests.Facilities;

public sealed class CapabilityRangeRuleTests
{
    private static bool Passes(decimal? min, decimal? max, string? text = null) => new CapabilityRangeRule().Check(new CapabilityFacts("炉温", min, max, text)).Passed;

    [Fact]
    public void A_range_passes_up_to_equal_ends_and_fails_a_hundredth_inverted() => (Passes(1600m, 1600m), Passes(1600.01m, 1600m), Passes(0m, 1600m)).ShouldBe((true, false, true));

    [Fact]
    public void An_open_end_or_a_text_value_passes_and_nothing_at_all_fails() =>
        (Passes(null, 0.1m), Passes(5m, null), Passes(null, null, "ISO 7"), Passes(null, null, " ")).ShouldBe((true, true, true, false));
}
