using Gaoxin.Contracts;
using Gaoxin.Data;
using Gaoxin.Scenes.Demands;
using Gaoxin.Scenes.Matching;
using Gaoxin.Scenes.Supply;
using Gaoxin.Services.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Scenes.Tests.Matching;

/// <summary>需求找成果: a newly listed product tells the posters of the demands it matches, once per pair.</summary>
public sealed class MatchNoticeTests(SharedApps apps) : IClassFixture<SharedApps>
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_listed_product_tells_the_matching_demand_s_poster_once(Db db)
    {
        var app = await apps.GetAsync(db);
        await using var scope = app.Services.CreateAsyncScope();
        var ctx = scope.ServiceProvider.GetRequiredService<GaoxinDbContext>();
        var demand = await ctx.Set<Demand>().AsNoTracking().SingleAsync(d => d.Code == "XQ-2025-004");
        var maker = await ctx.Set<Product>().AsNoTracking().Where(p => p.ZoneId == demand.ZoneId && p.OrganisationId != demand.PosterOrganisationId)
            .Select(p => p.OrganisationId).FirstAsync();
        var product = new Product
        {
            ZoneId = demand.ZoneId, OrganisationId = maker, Name = $"托辊声纹故障诊断仪{Guid.NewGuid():N}"[..12],
            Description = "带式输送机托辊故障声纹诊断，振动与声纹识别定位故障托辊，准确率 95%。", Industry = ZoneIndustry.Traditional, ChainLink = "故障诊断",
            Readiness = 8, ListedOn = new DateOnly(2026, 1, 1),
        };
        ctx.Add(product);
        await ctx.SaveChangesAsync();
        var board = app.Services.GetRequiredService<MarketBoard>();
        var notifier = app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<MatchNotifier>().Single();
        // Told twice (the test host's queue is off): the pair is told once.
        var doc = board.Find(MarketDocKind.Product, product.Id).ShouldNotBeNull();
        await notifier.NotifyAsync(doc, CancellationToken.None);
        await notifier.NotifyAsync(doc, CancellationToken.None);

        async Task<(int Pairs, int Notices)> CountAsync()
        {
            await using var s = app.Services.CreateAsyncScope();
            var d = s.ServiceProvider.GetRequiredService<GaoxinDbContext>();
            var pairs = await d.Set<MatchNotice>().CountAsync(n => n.SupplyId == product.Id && n.DemandId == demand.Id);
            var notices = await d.Set<Notice>().CountAsync(n => n.OrganisationId == demand.PosterOrganisationId && n.Kind == NoticeKind.Matching && n.Body.Contains(product.Name));
            return (pairs, notices);
        }

        (await CountAsync()).ShouldBe((1, 1));
        await Task.Delay(500);
        (await CountAsync()).ShouldBe((1, 1));
    }
}
