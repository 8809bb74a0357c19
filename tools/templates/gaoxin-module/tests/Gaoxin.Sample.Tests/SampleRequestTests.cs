using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.Sample.Requests;

namespace Gaoxin.Sample.Tests;

public sealed class SampleRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_open_request_within_the_limit_is_approved()
    {
        var request = new SampleRequest(ZoneId.New(), "试点", 500_000m);
        request.Approve(500_000m, Now);
        request.Status.ShouldBe(RequestStatus.Approved);
        request.ApprovedAt.ShouldBe(Now);
    }

    [Fact]
    public void Over_the_limit_is_refused_by_the_rule_and_nothing_changes()
    {
        var request = new SampleRequest(ZoneId.New(), "试点", 500_000.01m);
        var refusal = Should.Throw<Refusal>(() => request.Approve(500_000m, Now));
        refusal.Kind.ShouldBe(RefusalKind.Rule);
        refusal.Rule.ShouldBe(nameof(WithinAmountLimitRule));
        request.Status.ShouldBe(RequestStatus.Open);
    }

    [Fact]
    public void An_approved_request_cannot_be_approved_again()
    {
        var request = new SampleRequest(ZoneId.New(), "试点", 1m);
        request.Approve(500_000m, Now);
        Should.Throw<Refusal>(() => request.Approve(500_000m, Now)).Kind.ShouldBe(RefusalKind.Conflict);
    }
}
