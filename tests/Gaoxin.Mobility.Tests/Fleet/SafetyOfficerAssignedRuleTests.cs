using Gaoxin.Mobility.Fleet;

namespace Gaoxin.Mobility.Tests.Fleet;

public sealed class SafetyOfficerAssignedRuleTests
{
    private readonly SafetyOfficerAssignedRule _rule = new();

    private static EligibilityFacts With(StaffRole role, string from, string? ended) => Facts.Eligible() with
    {
        Staff = [new StaffFact("李海燕", role, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), ended is null ? null : DateOnly.Parse(ended, System.Globalization.CultureInfo.InvariantCulture))],
    };

    [Theory]
    [InlineData("2025-09-29", null, true)] // assigned that very day
    [InlineData("2025-09-30", null, false)] // assigned the day after
    [InlineData("2025-09-01", "2025-09-29", false)] // left that day
    [InlineData("2025-09-01", "2025-09-30", true)] // leaves the day after
    public void On_duty_from_the_day_assigned_until_the_day_ended(string from, string? ended, bool passes) =>
        _rule.Check(With(StaffRole.SafetyOfficer, from, ended)).Passed.ShouldBe(passes);

    [Fact]
    public void A_remote_supervisor_counts_and_none_is_refused_with_a_reason()
    {
        _rule.Check(With(StaffRole.RemoteSupervisor, "2025-09-01", null)).Message.ShouldBe("已配备安全人员：安全员 0 名，远程安全员 1 名。");
        var none = _rule.Check(Facts.Eligible() with { Staff = [] });
        none.Passed.ShouldBeFalse();
        none.Message.ShouldBe("未配备安全员：2025-09-29 没有在岗的安全员或远程安全员。");
    }
}
