using Gaoxin.Services.Approvals;
using Gaoxin.Services.Notices;
using Gaoxin.Services.Queues;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Gaoxin.Services.Tests.Queues.QueueData;

namespace Gaoxin.Services.Tests.Queues;

/// <summary>
/// The clock watch driven by a moved fake clock. An item of 经济发展局 with 5 working days accepted Monday 14 September 2026 is due
/// Sunday 20 September (a make-up working day): it is warned on Friday 18 (1 day left = 80% used), not on Thursday 17, and
/// escalated to the head on Monday 21, the first working day after its due day, not on the due day; each once.
/// </summary>
public sealed class ClockWatchTests
{
    private static async Task<SweepResult> SweepAsync(QueueData data, DateOnly day)
    {
        data.Clock.SetUtcNow(At(day));
        var zone = await data.ZoneAsync();
        await using var scope = data.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClockWatch>().SweepAsync(zone, data.Clock.GetUtcNow(), CancellationToken.None);
    }

    private static Task<List<Notice>> NoticesAsync(QueueData data) =>
        data.App.InScopeAsync(db => db.Set<Notice>().AsNoTracking().OrderBy(n => n.CreatedAt).ToListAsync());

    private static Task<string> UserIdAsync(QueueData data, string email) =>
        data.App.InScopeAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).FirstAsync());

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Warns_the_officers_on_the_80_percent_day_and_escalates_to_the_head_the_first_working_day_after_due_once_each(Db db)
    {
        var data = await StartAsync(db, D(2026, 9, 14));
        await using var _ = data.App;
        var item = await data.AddAsync("CW-001", "兴储世纪", "SV-004", 5, D(2026, 9, 14));
        item.DueOn.ShouldBe(D(2026, 9, 20));
        await data.AddAsync("CW-002", "九识智能", "SV-001", 3, D(2026, 9, 1),
            i => i.PauseForCorrection(D(2026, 9, 3), Cn, "补充营业执照", "test", At(D(2026, 9, 3))));
        var officer = await UserIdAsync(data, "officer@zigong.demo");
        var head = await UserIdAsync(data, "jfj-head@zigong.demo");

        (await SweepAsync(data, D(2026, 9, 17))).ShouldBe(new SweepResult(0, 0), "2 of 5 days left (60% used)");
        (await NoticesAsync(data)).ShouldBeEmpty();

        (await SweepAsync(data, D(2026, 9, 18))).ShouldBe(new SweepResult(1, 0), "1 of 5 left: 80% used");
        var warning = (await NoticesAsync(data)).ShouldHaveSingleItem();
        warning.Kind.ShouldBe(NoticeKind.ClockWarning);
        warning.UserId.ShouldBe(officer);
        warning.Title.ShouldContain("CW-001");
        warning.Link.ShouldBe($"/services/applications/{item.ApplicationId}");
        (await SweepAsync(data, D(2026, 9, 18))).ShouldBe(new SweepResult(0, 0), "warned once");

        (await SweepAsync(data, D(2026, 9, 19))).ShouldBe(new SweepResult(0, 0));
        (await SweepAsync(data, D(2026, 9, 20))).ShouldBe(new SweepResult(0, 0), "the due day (a make-up Sunday) is not late");

        (await SweepAsync(data, D(2026, 9, 21))).ShouldBe(new SweepResult(0, 1), "a working day past the due day has begun");
        var notices = await NoticesAsync(data);
        notices.Count.ShouldBe(2);
        var escalation = notices.Single(n => n.Kind == NoticeKind.Escalation);
        escalation.UserId.ShouldBe(head, "the head of 经济发展局, not its officer");
        escalation.Title.ShouldContain("CW-001");
        (await SweepAsync(data, D(2026, 9, 22))).ShouldBe(new SweepResult(0, 0), "escalated once");

        var items = await data.App.InScopeAsync(d => d.Set<ApplicationItem>().AsNoTracking().ToListAsync());
        var watched = items.Single(i => i.Id == item.Id);
        watched.WarnedAt.ShouldBe(At(D(2026, 9, 18)));
        watched.EscalatedAt.ShouldBe(At(D(2026, 9, 21)));
        var paused = items.Single(i => i.Id != item.Id);
        paused.WarnedAt.ShouldBeNull("a paused clock is not warned");
        paused.EscalatedAt.ShouldBeNull("a paused clock is not escalated, however long the correction takes");
    }

    [Fact]
    public async Task The_daily_watch_sweeps_when_the_clock_passes_midnight()
    {
        var data = await StartAsync(Db.Sqlite, D(2026, 9, 17), watch: true);
        await using var _ = data.App;
        var item = await data.AddAsync("CW-101", "兴储世纪", "SV-004", 5, D(2026, 9, 14));

        // Thursday's start-up sweep found nothing to warn; moving to Friday wakes the watch, which warns.
        data.Clock.SetUtcNow(At(D(2026, 9, 18)));
        ApplicationItem? seen = null;
        for (var i = 0; i < 100 && seen?.WarnedAt is null; i++)
        {
            await Task.Delay(100);
            seen = await data.App.InScopeAsync(d => d.Set<ApplicationItem>().AsNoTracking().SingleAsync(x => x.Id == item.Id));
        }

        seen!.WarnedAt.ShouldNotBeNull();
        seen.EscalatedAt.ShouldBeNull();
    }
}
