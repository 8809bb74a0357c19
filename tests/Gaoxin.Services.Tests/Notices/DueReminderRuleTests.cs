using Gaoxin.Services.ServicePage;

namespace Gaoxin.Services.Tests.Notices;

/// <summary>Reminders at 30 and 7 days before, each once; a late first sight posts one reminder, not two.</summary>
public sealed class DueReminderRuleTests
{
    [Theory]
    [InlineData(31, new int[0], null)]
    [InlineData(30, new int[0], 30)]
    [InlineData(8, new int[0], 30)]
    [InlineData(8, new[] { 30 }, null)]
    [InlineData(7, new[] { 30 }, 7)]
    [InlineData(7, new[] { 30, 7 }, null)]
    [InlineData(5, new int[0], 7)]
    [InlineData(-3, new int[0], 7)]
    [InlineData(-3, new[] { 7 }, null)]
    [InlineData(20, new[] { 7 }, null)]
    public void Stage_to_post(int daysLeft, int[] sent, int? expected)
    {
        DueReminderRule.StageToPost(new ReminderFacts(daysLeft, sent)).ShouldBe(expected);
        new DueReminderRule().Check(new ReminderFacts(daysLeft, sent)).Passed.ShouldBe(expected is null);
    }
}
