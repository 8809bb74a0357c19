using Gaoxin.Services.Approvals;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Services.Tests.Approvals;

/// <summary>The approvals demo: a year of applications with every kind of story the pages and queues need to show.</summary>
public sealed class ApprovalsDemoTests(SharedApps apps) : IClassFixture<SharedApps>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_holds_a_year_of_applications_decided_late_corrected_deferred_refused_and_open(Db db)
    {
        var app = await apps.GetAsync(db);
        var items = await app.InScopeAsync(d => d.Set<ApplicationItem>().AsNoTracking().ToListAsync());
        var applications = await app.InScopeAsync(d => d.Set<ServiceApplication>().CountAsync(a => a.SubmittedBy == "演示企业经办人"));

        applications.ShouldBeInRange(120, 200);
        items.Count(i => i.Status == ItemStatus.Approved).ShouldBeGreaterThan(100);
        items.Count(i => i.DecidedOn > i.DueOn).ShouldBeGreaterThan(0);
        items.Count(i => i.Corrections > 0).ShouldBeGreaterThan(5);
        items.Count(i => i.DeferredMaterial != null).ShouldBeGreaterThan(0);
        items.Where(i => i.Status == ItemStatus.Refused).ShouldAllBe(i => i.DecisionReason != null);
        items.Count(i => i.Status == ItemStatus.Refused).ShouldBeGreaterThan(0);
        items.Count(i => i.IsOpen).ShouldBeGreaterThan(3);
    }
}
