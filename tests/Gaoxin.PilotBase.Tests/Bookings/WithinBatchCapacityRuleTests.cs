using Gaoxin.PilotBase.Bookings;

namespace Gaoxin.PilotBase.Tests.Bookings;

public sealed class WithinBatchCapacityRuleTests
{
    private readonly WithinBatchCapacityRule _rule = new();

    [Fact]
    public void The_largest_batch_passes_one_unit_more_is_refused_with_the_figures()
    {
        var f = BookingRuleFacts.Good;
        _rule.Check(f with { BatchSize = 100m }).Passed.ShouldBeTrue();
        var over = _rule.Check(f with { BatchSize = 100.0001m });
        over.Passed.ShouldBeFalse();
        over.Figures["maxBatchSize"].ShouldBe("100");
        over.Figures["batchSize"].ShouldBe("100.0001");
        over.Message.ShouldContain("A-T-01");
    }

    [Fact]
    public void No_batch_or_a_resource_that_does_not_count_batches_passes_a_non_positive_batch_does_not()
    {
        var f = BookingRuleFacts.Good;
        _rule.Check(f with { BatchSize = null }).Passed.ShouldBeTrue();
        _rule.Check(f with { MaxBatchSize = null, BatchSize = 1_000_000m }).Passed.ShouldBeTrue();
        _rule.Check(f with { BatchSize = 0m }).Passed.ShouldBeFalse();
    }
}
