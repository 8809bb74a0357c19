using Gaoxin.Contracts.Enterprises;
using Gaoxin.Data;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Industry.Chains;

public sealed record ChainSummary(Guid Id, string Name, string? Description, int Nodes);

public sealed record IndustryView(Guid Id, string Name, ZoneIndustry Category, IndustryTier Tier, int SortOrder, IReadOnlyList<ChainSummary> Chains);

public sealed record NodeCreated(Guid Id, Guid ChainId, string Name, ChainSegment Segment, Guid? ParentId);

public sealed record FirmOnNode(Guid PlacementId, Guid EnterpriseId, string Name, bool KeyFirm, string? Product, decimal? Output);

/// <summary>Industries, chains, nodes and placements: reads for the zone and the changes the zone's staff make.</summary>
internal sealed class IndustryBook(GaoxinDbContext db, IEnterpriseDirectory directory)
{
    private static readonly NodeInOneChainRule OneChain = new();

    public async Task<IReadOnlyList<IndustryView>> IndustriesAsync(Guid zoneId, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var industries = await db.Set<IndustryEntry>().AsNoTracking().Where(i => i.ZoneId == zone).OrderBy(i => i.Tier).ThenBy(i => i.SortOrder).ThenBy(i => i.Name).ToListAsync(ct);
        var chains = await db.Set<Chain>().AsNoTracking().Where(c => c.ZoneId == zone).OrderBy(c => c.Name)
            .Select(c => new { c.IndustryId, Summary = new ChainSummary(c.Id, c.Name, c.Description, db.Set<ChainNode>().Count(n => n.ChainId == c.Id)) }).ToListAsync(ct);
        var byIndustry = chains.ToLookup(c => c.IndustryId, c => c.Summary);
        return industries.Select(i => new IndustryView(i.Id, i.Name, i.Category, i.Tier, i.SortOrder, byIndustry[i.Id].ToList())).ToList();
    }

    public async Task<IndustryView> CreateIndustryAsync(Actor actor, IndustryInput input, CancellationToken ct)
    {
        RequestValidation.ThrowIfInvalid(input);
        var zone = new ZoneId(actor.ZoneId);
        var name = input.Name.Trim();
        await UniqueIndustryNameAsync(zone, name, null, ct);
        var entry = new IndustryEntry { ZoneId = zone, Name = name, Category = input.Category, Tier = input.Tier, SortOrder = input.SortOrder };
        db.Add(entry);
        await db.SaveChangesAsync(ct);
        return new IndustryView(entry.Id, entry.Name, entry.Category, entry.Tier, entry.SortOrder, []);
    }

    /// <summary>Names are the zone's own ("3+2+1" wording changes with each plan); the category stays the shared code.</summary>
    public async Task<IndustryView> UpdateIndustryAsync(Actor actor, Guid id, IndustryInput input, CancellationToken ct)
    {
        RequestValidation.ThrowIfInvalid(input);
        var zone = new ZoneId(actor.ZoneId);
        var entry = await db.Set<IndustryEntry>().FirstOrDefaultAsync(i => i.Id == id && i.ZoneId == zone, ct)
            ?? throw Refusal.NotFound("产业");

        var name = input.Name.Trim();
        await UniqueIndustryNameAsync(zone, name, id, ct);
        entry.Name = name;
        entry.Category = input.Category;
        entry.Tier = input.Tier;
        entry.SortOrder = input.SortOrder;
        await db.SaveChangesAsync(ct);
        return (await IndustriesAsync(actor.ZoneId, ct)).Single(i => i.Id == id);
    }

    private async Task UniqueIndustryNameAsync(ZoneId zone, string name, Guid? self, CancellationToken ct)
    {
        if (await db.Set<IndustryEntry>().AnyAsync(i => i.ZoneId == zone && i.Name == name && i.Id != self, ct))
        {
            throw Refusal.Invalid("name", $"产业“{name}”已存在。");
        }
    }

    public async Task<ChainSummary> CreateChainAsync(Actor actor, ChainInput input, CancellationToken ct)
    {
        RequestValidation.ThrowIfInvalid(input);
        var zone = new ZoneId(actor.ZoneId);
        var name = input.Name.Trim();
        if (!await db.Set<IndustryEntry>().AnyAsync(i => i.Id == input.IndustryId && i.ZoneId == zone, ct))
        {
            throw Refusal.Invalid("industryId", "所选产业不存在。");
        }

        if (await db.Set<Chain>().AnyAsync(c => c.ZoneId == zone && c.Name == name, ct))
        {
            throw Refusal.Invalid("name", $"产业链“{name}”已存在。");
        }

        var chain = new Chain { ZoneId = zone, IndustryId = input.IndustryId, Name = name, Description = input.Description };
        db.Add(chain);
        await db.SaveChangesAsync(ct);
        return new ChainSummary(chain.Id, chain.Name, chain.Description, 0);
    }

    /// <summary>Adds a node to a chain; a sub-node takes its parent's segment. Refused by <see cref="NodeInOneChainRule"/> when it would sit in two chains.</summary>
    public async Task<NodeCreated> AddNodeAsync(Actor actor, Guid chainId, NodeInput input, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var chain = await db.Set<Chain>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == chainId && c.ZoneId == zone, ct)
            ?? throw Refusal.NotFound("产业链");

        if (!Enum.IsDefined(input.Segment))
        {
            throw Refusal.Invalid("segment", "环节位置应为上游、中游或下游。");
        }

        var name = input.Name.Trim();
        ChainNode? parent = null;
        if (input.ParentId is { } parentId)
        {
            parent = await db.Set<ChainNode>().AsNoTracking().FirstOrDefaultAsync(n => n.Id == parentId && n.ZoneId == zone, ct)
                ?? throw Refusal.Invalid("parentId", "上级环节不存在。");
        }

        var sameName = await db.Set<ChainNode>().AsNoTracking().Where(n => n.ZoneId == zone && n.Name == name)
            .Join(db.Set<Chain>(), n => n.ChainId, c => c.Id, (n, c) => c.Name).FirstOrDefaultAsync(ct);
        Refusal.ThrowIfAnyFailed([OneChain.Check(new NodePlacementFacts(chain.Id, chain.Name, parent?.ChainId, name, sameName))]);

        var node = new ChainNode { ZoneId = zone, ChainId = chain.Id, ParentId = parent?.Id, Name = name, Segment = parent?.Segment ?? input.Segment, SortOrder = input.SortOrder };
        db.Add(node);
        await db.SaveChangesAsync(ct);
        return new NodeCreated(node.Id, node.ChainId, node.Name, node.Segment, node.ParentId);
    }

    /// <summary>Places a registered enterprise on a node (found through the registry's contract), with its output for a year if given.</summary>
    public async Task<FirmOnNode> PlaceAsync(Actor actor, Guid nodeId, PlacementInput input, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        if (!await db.Set<ChainNode>().AnyAsync(n => n.Id == nodeId && n.ZoneId == zone, ct))
        {
            throw Refusal.NotFound("环节");
        }

        var enterprise = (await directory.FindAsync(actor.ZoneId, [input.EnterpriseId], ct)) is [var found, ..] ? found
            : throw Refusal.Invalid("enterpriseId", "企业库中没有这家企业（或不属于本园区）。");
        if (await db.Set<Placement>().AnyAsync(p => p.NodeId == nodeId && p.EnterpriseId == enterprise.Id, ct))
        {
            throw Refusal.Invalid("enterpriseId", $"“{enterprise.Name}”已在该环节上。");
        }

        if (input.Output is not null && input.Year is null)
        {
            throw Refusal.Invalid("year", "填写产值时必须注明年份。");
        }

        var placement = new Placement { ZoneId = zone, NodeId = nodeId, EnterpriseId = enterprise.Id, EnterpriseName = enterprise.Name, KeyFirm = input.KeyFirm, Product = input.Product };
        if (input.Output is { } output)
        {
            placement.Outputs.Add(new PlacementOutput { ZoneId = zone, PlacementId = placement.Id, Year = input.Year!.Value, Output = output });
        }

        db.Add(placement);
        await db.SaveChangesAsync(ct);
        return new FirmOnNode(placement.Id, enterprise.Id, enterprise.Name, placement.KeyFirm, placement.Product, input.Output);
    }

    public async Task PutOutputAsync(Actor actor, Guid placementId, OutputInput input, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var placement = await db.Set<Placement>().Include(p => p.Outputs).FirstOrDefaultAsync(p => p.Id == placementId && p.ZoneId == zone, ct);
        if (placement is null)
        {
            throw Refusal.NotFound("落链记录");
        }

        var row = placement.Outputs.FirstOrDefault(o => o.Year == input.Year);
        if (row is null)
        {
            placement.Outputs.Add(new PlacementOutput { ZoneId = zone, PlacementId = placement.Id, Year = input.Year, Output = input.Output });
        }
        else
        {
            row.Output = input.Output;
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task RemovePlacementAsync(Actor actor, Guid placementId, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var placement = await db.Set<Placement>().Include(p => p.Outputs).FirstOrDefaultAsync(p => p.Id == placementId && p.ZoneId == zone, ct);
        if (placement is null)
        {
            throw Refusal.NotFound("落链记录");
        }

        db.Remove(placement);
        await db.SaveChangesAsync(ct);
    }
}
