using Gaoxin.Data;
using Gaoxin.Kernel.Zones;
using Gaoxin.Services.Approvals;
using Gaoxin.Services.Calendar;
using Gaoxin.Services.Catalogue;
using Gaoxin.Services.Departments;
using Gaoxin.Services.Queues;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Gaoxin.Services.Tests.Queues;

/// <summary>
/// Applications and items made with the core entities directly (the apply API is another slice's), on the demo zone's
/// departments and catalogue, against a fake clock. The daily clock watch is left out so only the test sweeps.
/// </summary>
internal sealed class QueueData(GaoxinApp app, FakeTimeProvider clock)
{
    public static readonly WorkingCalendar Cn = NationalHolidays.Calendar;

    public GaoxinApp App { get; } = app;

    public FakeTimeProvider Clock { get; } = clock;

    public static DateOnly D(int y, int m, int d) => new(y, m, d);

    /// <summary>The fake clock at 10:00 China time on <paramref name="day"/>.</summary>
    public static DateTimeOffset At(DateOnly day) => new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)).ToUniversalTime();

    public static async Task<QueueData> StartAsync(Db db, DateOnly today, bool watch = false)
    {
        var clock = new FakeTimeProvider(At(today));
        var app = await GaoxinApp.StartAsync(db, services: s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            foreach (var service in s.Where(d => !watch && d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(ClockWatchService)).ToList())
            {
                s.Remove(service);
            }
        });
        // The known sets of these tests stand alone: the demo's year of applications, relief cases and notices is cleared.
        await app.InScopeAsync(async ctx =>
        {
            await ctx.Set<Gaoxin.Services.Approvals.ResultDocument>().ExecuteDeleteAsync();
            await ctx.Set<ApplicationItem>().ExecuteDeleteAsync();
            await ctx.Set<ServiceApplication>().ExecuteDeleteAsync();
            await ctx.Set<Gaoxin.Services.Relief.ReliefMeasure>().ExecuteDeleteAsync();
            await ctx.Set<Gaoxin.Services.Relief.ReliefCase>().ExecuteDeleteAsync();
            await ctx.Set<Gaoxin.Services.Notices.Notice>().ExecuteDeleteAsync();
            return 0;
        });
        return new QueueData(app, clock);
    }

    public Task<ZoneId> ZoneAsync() => App.InScopeAsync(db => db.Zones.Select(z => z.Id).FirstAsync());

    public Task<Guid> OrganisationAsync(string name) => App.InScopeAsync(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).FirstAsync());

    public Task<Guid> DepartmentAsync(string code) => App.InScopeAsync(db => db.Set<Department>().Where(d => d.Code == code).Select(d => d.Id).FirstAsync());

    /// <summary>An application with one item of the catalogue's <paramref name="itemCode"/>, accepted on <paramref name="acceptedOn"/> with the given limit.</summary>
    public async Task<ApplicationItem> AddAsync(string number, string applicant, string itemCode, int limitDays, DateOnly acceptedOn,
        Action<ApplicationItem>? then = null)
    {
        var zone = await ZoneAsync();
        var applicantId = await OrganisationAsync(applicant);
        return await App.InScopeAsync(async db =>
        {
            var item = await db.Set<ServiceItem>().FirstAsync(i => i.ZoneId == zone && i.Code == itemCode);
            var application = new ServiceApplication(zone, number, applicantId, item.Name, "{}", "test", At(acceptedOn));
            var line = new ApplicationItem(zone, application.Id, item.Id, item.DepartmentId, limitDays, acceptedOn, Cn);
            then?.Invoke(line);
            db.Add(application);
            db.Add(line);
            await db.SaveChangesAsync();
            return line;
        });
    }

    public Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work) => InScope(work);

    private async Task<T> InScope<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
