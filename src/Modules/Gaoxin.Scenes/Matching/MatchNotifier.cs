using System.Threading.Channels;
using Gaoxin.Contracts.Services;
using Gaoxin.Data;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gaoxin.Scenes.Matching;

/// <summary>
/// 需求找成果: when a scene or demand becomes matchable (published), the organisations behind its best matched achievements
/// and products are told; when a product or achievement is listed, the posters of the published demands it best matches are
/// told. Each (demand side, supply side) pair is told once (<see cref="MatchNotice"/>); the notice and the pair's row are
/// saved together. Runs after the save that listed the item, from a queue, so the save itself is not slowed.
/// "Scenes:Matching:Notify" (on by default) turns the queue off: the test host does, since its writes land at no predictable time.
/// </summary>
internal sealed class MatchNotifier(MarketBoard board, IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time, ILogger<MatchNotifier> log)
    : BackgroundService
{
    /// <summary>How many matches of a new item are told at most.</summary>
    public const int Top = 5;

    /// <summary>A hit must share at least this many analysed terms with the item: one common word is not a match worth a notice.</summary>
    public const int MinTerms = 2;

    private static readonly MarketDocKind[] NotifiedSupply = [MarketDocKind.Achievement, MarketDocKind.Product];

    private readonly SemaphoreSlim one = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var notify = configuration.GetValue("Scenes:Matching:Notify", true);
        await foreach (var doc in board.Listed.Reader.ReadAllAsync(stoppingToken))
        {
            if (!notify)
            {
                // Drained all the same, so the queue does not grow.
                continue;
            }

            try
            {
                await NotifyAsync(doc, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A notice that could not be sent now is not worth stopping the queue for; the item stays matchable.
                log.LogWarning(e, "供需匹配通知发送失败：{Kind} {Id}", doc.Kind, doc.Id);
            }
        }
    }

    public async Task NotifyAsync(MarketDocument doc, CancellationToken ct)
    {
        // One at a time: two tellings of the same item must not both find a pair untold.
        await one.WaitAsync(ct);
        try
        {
            await TellAsync(doc, ct);
        }
        finally
        {
            one.Release();
        }
    }

    private async Task TellAsync(MarketDocument doc, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetService<IOrganisationNotices>() is not { } notices)
        {
            return;
        }

        var demandSide = doc.Kind is MarketDocKind.Scene or MarketDocKind.Demand;
        var query = new MatchQuery(doc.ZoneId, doc.Title, doc.Body, doc.Industry, doc.ChainLink, demandSide ? doc.Readiness : null,
            demandSide ? doc.Certificates : null, doc.IpcClasses, demandSide ? NotifiedSupply : [MarketDocKind.Demand]);
        var hits = board.Matcher.Match(query, Top * 2)
            .Where(h => h.MatchedTerms.Count >= MinTerms)
            .Select(h => (Hit: h, Doc: board.Find(h.Kind, h.Id)))
            .Where(h => h.Doc?.OrganisationId is { } o && o != doc.OrganisationId)
            .Take(Top).ToList();
        if (hits.Count == 0)
        {
            return;
        }

        var db = scope.ServiceProvider.GetRequiredService<GaoxinDbContext>();
        var zone = new ZoneId(doc.ZoneId);
        var sent = await db.Set<MatchNotice>().AsNoTracking()
            .Where(n => n.ZoneId == zone && (demandSide ? n.DemandKind == doc.Kind && n.DemandId == doc.Id : n.SupplyKind == doc.Kind && n.SupplyId == doc.Id))
            .Select(n => new { n.DemandKind, n.DemandId, n.SupplyKind, n.SupplyId }).ToListAsync(ct);
        var now = time.GetUtcNow();
        foreach (var (hit, other) in hits)
        {
            var (demand, supply) = demandSide ? (doc, other!) : (other!, doc);
            if (sent.Any(s => s.DemandKind == demand.Kind && s.DemandId == demand.Id && s.SupplyKind == supply.Kind && s.SupplyId == supply.Id))
            {
                continue;
            }

            var told = other!.OrganisationId!.Value;
            db.Add(new MatchNotice
            {
                ZoneId = zone, DemandKind = demand.Kind, DemandId = demand.Id, SupplyKind = supply.Kind, SupplyId = supply.Id, OrganisationId = told, SentAt = now,
            });
            var terms = string.Join("、", hit.MatchedTerms.Take(5));
            if (demandSide)
            {
                notices.PostMatch(doc.ZoneId, told, $"您的{KindName(supply.Kind)}可能满足{KindName(demand.Kind)}「{demand.Title}」",
                    $"新发布的{KindName(demand.Kind)}「{demand.Title}」与贵单位的{KindName(supply.Kind)}「{supply.Title}」相匹配（共同关键词：{terms}），可查看并发起对接。",
                    Link(demand));
            }
            else
            {
                notices.PostMatch(doc.ZoneId, told, $"新{KindName(supply.Kind)}可能满足您的需求「{demand.Title}」",
                    $"新上架的{KindName(supply.Kind)}「{supply.Title}」与贵单位的需求「{demand.Title}」相匹配（共同关键词：{terms}），可查看并发起对接。",
                    Link(demand));
            }
        }

        await db.SaveChangesAsync(ct);
    }

    public override void Dispose()
    {
        one.Dispose();
        base.Dispose();
    }

    private static string Link(MarketDocument demand) =>
        $"/scenes/match?side={demand.Kind}&id={demand.Id}";

    private static string KindName(MarketDocKind kind) => kind switch
    {
        MarketDocKind.Achievement => "成果",
        MarketDocKind.Product => "产品",
        MarketDocKind.Scene => "应用场景",
        MarketDocKind.Demand => "技术需求",
        _ => "供给",
    };
}
