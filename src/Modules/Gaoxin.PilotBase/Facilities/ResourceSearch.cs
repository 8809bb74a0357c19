using System.Globalization;
using Gaoxin.Contracts;
using Gaoxin.Data;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs.Attributes;

namespace Gaoxin.PilotBase.Facilities;

/// <summary>
/// What a searcher asks for. A capability filter names a kind and a value or a range: a resource matches when one of its
/// parameters of that kind covers it (Min ≤ From and To ≤ Max, an open end reaching any value), so "Temperature 1500"
/// finds the furnace of 0–1600 ℃ and "1600" still does while "1600.01" does not.
/// </summary>
public sealed record ResourceFilter(string? Q = null, ResourceKind? Kind = null, ZoneIndustry? Industry = null, Guid? AreaId = null, ResourceStatus? Status = null,
    CapabilityKind? Capability = null, decimal? Value = null, decimal? From = null, decimal? To = null)
{
    /// <summary>The range a capability must cover, or null when no capability value is asked for.</summary>
    public (decimal From, decimal To)? Range()
    {
        var from = From ?? Value ?? To;
        var to = To ?? Value ?? From;
        if (from is null || to is null)
        {
            return null;
        }

        if (from > to)
        {
            throw Refusal.Invalid("from", string.Create(CultureInfo.InvariantCulture, $"能力范围的下限 {from} 大于上限 {to}。"));
        }

        return (from.Value, to.Value);
    }
}

public sealed record ResourceExportRow(
    [property: ExcelColumnName("序号")] int Number,
    [property: ExcelColumnName("资源编号")] string Code,
    [property: ExcelColumnName("名称")] string Name,
    [property: ExcelColumnName("类型")] string Kind,
    [property: ExcelColumnName("状态")] string Status,
    [property: ExcelColumnName("服务产业")] string Industry,
    [property: ExcelColumnName("片区")] string Area,
    [property: ExcelColumnName("房间")] string Room,
    [property: ExcelColumnName("元/小时")] decimal? PricePerHour,
    [property: ExcelColumnName("元/天")] decimal? PricePerDay,
    [property: ExcelColumnName("元/批次")] decimal? PricePerBatch,
    [property: ExcelColumnName("最大批量")] decimal? MaxBatchSize,
    [property: ExcelColumnName("批量单位")] string BatchUnit,
    [property: ExcelColumnName("能力参数")] string Capabilities,
    [property: ExcelColumnName("资质")] string Qualifications);

/// <summary>Resource search for everyone signed in: filters in the database, one page with the total.</summary>
internal sealed class ResourceSearch(GaoxinDbContext db, FacilityBook book)
{
    public async Task<Page<ResourceView>> SearchAsync(Guid zoneId, ResourceFilter filter, PageRequest page, CancellationToken ct)
    {
        var zone = new ZoneId(zoneId);
        var query = Query(zone, filter);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(r => r.Code).Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        return new Page<ResourceView>(await book.ViewsAsync(zone, rows, ct), page.Number, page.Size, total);
    }

    public async Task<List<ResourceExportRow>> ExportRowsAsync(Guid zoneId, ResourceFilter filter, CancellationToken ct)
    {
        var all = await Gaoxin.Kernel.Paging.Pages.AllAsync(p => SearchAsync(zoneId, filter, p, ct));
        return all.Select((r, i) => new ResourceExportRow(i + 1, r.Code, r.Name, FacilityLabels.Kind(r.Kind), FacilityLabels.Status(r.Status),
            r.Industry is { } industry ? FacilityLabels.Industry(industry) : string.Empty, r.AreaCode, r.Room ?? string.Empty, r.PricePerHour, r.PricePerDay,
            r.PricePerBatch, r.MaxBatchSize, r.BatchUnit ?? string.Empty, FacilityLabels.Capabilities(r.Capabilities),
            string.Join("；", r.Qualifications.Select(q => $"{q.Kind.ToString().ToUpperInvariant()} {q.CertificateNo}（{q.ValidUntil:yyyy-MM-dd}）")))).ToList();
    }

    private IQueryable<Resource> Query(ZoneId zone, ResourceFilter f)
    {
        var query = db.Set<Resource>().AsNoTracking().Where(r => r.ZoneId == zone);
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var q = f.Q.Trim();
            query = query.Where(r => r.Code.Contains(q) || r.Name.Contains(q) || (r.Description != null && r.Description.Contains(q))
                || db.Set<CapabilityParameter>().Any(c => c.ResourceId == r.Id && (c.Name.Contains(q) || (c.Text != null && c.Text.Contains(q)))));
        }

        if (f.Kind is { } kind)
        {
            query = query.Where(r => r.Kind == kind);
        }

        if (f.Industry is { } industry)
        {
            query = query.Where(r => r.Industry == industry);
        }

        if (f.AreaId is { } area)
        {
            query = query.Where(r => r.AreaId == area);
        }

        if (f.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        var range = f.Range();
        if (f.Capability is { } capability)
        {
            if (range is var (from, to))
            {
                query = query.Where(r => db.Set<CapabilityParameter>().Any(c => c.ResourceId == r.Id && c.Kind == capability && (c.Min != null || c.Max != null)
                    && (c.Min == null || c.Min <= from) && (c.Max == null || c.Max >= to)));
            }
            else
            {
                query = query.Where(r => db.Set<CapabilityParameter>().Any(c => c.ResourceId == r.Id && c.Kind == capability));
            }
        }
        else if (range is not null)
        {
            throw Refusal.Invalid("capability", "按数值检索时请选择能力参数类型（如温度范围）。");
        }

        return query;
    }
}
