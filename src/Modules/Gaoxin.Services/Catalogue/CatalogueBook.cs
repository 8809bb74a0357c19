using Gaoxin.Data;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.Services.Departments;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Services.Catalogue;

public sealed record MaterialView(Guid Id, string Name, bool Essential);

public sealed record FieldView(Guid Id, string Key, string Label, FieldKind Kind, bool Required, int? MaxLength, decimal? Min, decimal? Max, IReadOnlyList<string> Choices);

public sealed record ItemView(Guid Id, string Code, string Name, Guid DepartmentId, string Department, int LegalLimitDays, int? PromisedLimitDays, decimal Fee,
    ResultKind Result, string ResultName, string? Description, bool Published, int Version, IReadOnlyList<MaterialView> Materials, IReadOnlyList<FieldView> Fields);

/// <summary>
/// The zone's service catalogue (事项清单) for signed-in users: the zone admin sees and changes every item, the others see
/// the published ones. Materials keep their ids across edits (applications refer to them); fields are keyed.
/// </summary>
public sealed class CatalogueBook(GaoxinDbContext db, IEnumerable<IItemUsage> usages)
{
    /// <summary>How many catalogue items each department decides.</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> CountByDepartmentAsync(ZoneId zone, CancellationToken ct) =>
        await db.Set<ServiceItem>().AsNoTracking().Where(i => i.ZoneId == zone).GroupBy(i => i.DepartmentId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    private async Task<bool> IsUsedAsync(Guid itemId, CancellationToken ct)
    {
        foreach (var usage in usages)
        {
            if (await usage.IsUsedAsync(itemId, ct))
            {
                return true;
            }
        }

        return false;
    }

    public async Task<IReadOnlyList<ItemView>> ListAsync(Actor actor, string? q, Guid? departmentId, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var all = ServicesAccess.Administrators.Any(actor.IsIn);
        var query = db.Set<ServiceItem>().AsNoTracking().Where(i => i.ZoneId == zone && (all || i.Published));
        if (departmentId is { } d)
        {
            query = query.Where(i => i.DepartmentId == d);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            query = query.Where(i => i.Name.Contains(text) || i.Code.Contains(text) || i.ResultName.Contains(text));
        }

        return await ViewsAsync(zone, await query.OrderBy(i => i.Code).ToListAsync(ct), ct);
    }

    public async Task<ItemView> GetAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var all = ServicesAccess.Administrators.Any(actor.IsIn);
        var item = await db.Set<ServiceItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.ZoneId == zone && (all || i.Published), ct)
            ?? throw Refusal.NotFound("事项");
        return (await ViewsAsync(zone, [item], ct))[0];
    }

    public async Task<ItemView> CreateAsync(Actor actor, ItemInput input, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var code = input.Code.Trim();
        if (await db.Set<ServiceItem>().AnyAsync(i => i.ZoneId == zone && i.Code == code, ct))
        {
            throw Refusal.Conflict($"事项编码“{code}”已存在。");
        }

        await CheckAsync(zone, null, input, ct);
        var item = new ServiceItem(zone, code, input.Name.Trim(), input.DepartmentId, input.LegalLimitDays, input.Result, input.ResultName.Trim());
        Apply(item, input);
        db.Add(item);
        for (var i = 0; i < input.Materials.Count; i++)
        {
            db.Add(new ItemMaterial(zone, item.Id, input.Materials[i].Name.Trim(), input.Materials[i].Essential, i + 1));
        }

        AddFields(zone, item.Id, input.Fields);
        await db.SaveChangesAsync(ct);
        return await GetAsync(actor, item.Id, ct);
    }

    public async Task<ItemView> EditAsync(Actor actor, Guid id, ItemInput input, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var item = await db.Set<ServiceItem>().FirstOrDefaultAsync(i => i.Id == id && i.ZoneId == zone, ct) ?? throw Refusal.NotFound("事项");
        if (input.Version is not { } version || version != item.Version)
        {
            throw Refusal.Conflict("该事项已被他人修改，请刷新后再改。");
        }

        await CheckAsync(zone, id, input, ct);
        var materials = await db.Set<ItemMaterial>().Where(m => m.ItemId == id).ToListAsync(ct);
        var kept = input.Materials.Where(m => m.Id is not null).Select(m => m.Id!.Value).ToHashSet();
        if (kept.Any(k => materials.All(m => m.Id != k)))
        {
            throw Refusal.Invalid("materials", "材料不属于该事项，请刷新后再改。");
        }

        var removed = materials.Where(m => !kept.Contains(m.Id)).ToList();
        if (removed.Count > 0 && await IsUsedAsync(id, ct))
        {
            throw Refusal.Conflict($"该事项已有申请，不能删除材料“{removed[0].Name}”；可改为非必要材料。");
        }

        item.Name = input.Name.Trim();
        item.ResultName = input.ResultName.Trim();
        Apply(item, input);
        item.Touch();
        db.RemoveRange(removed);
        for (var i = 0; i < input.Materials.Count; i++)
        {
            var m = input.Materials[i];
            if (m.Id is { } mid)
            {
                var row = materials.First(x => x.Id == mid);
                row.Name = m.Name.Trim();
                row.Essential = m.Essential;
                row.Order = i + 1;
            }
            else
            {
                db.Add(new ItemMaterial(zone, id, m.Name.Trim(), m.Essential, i + 1));
            }
        }

        // Fields are keyed, so an edit replaces them (applications keep their values by key). The old rows go first so the
        // unique (item, key) index never sees both; one transaction keeps the edit whole.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.RemoveRange(await db.Set<FormField>().Where(f => f.ItemId == id).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        AddFields(zone, id, input.Fields);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await GetAsync(actor, id, ct);
    }

    /// <summary>Deletes an item nobody has applied for; one with applications can only be unpublished.</summary>
    public async Task DeleteAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var zone = new ZoneId(actor.ZoneId);
        var item = await db.Set<ServiceItem>().FirstOrDefaultAsync(i => i.Id == id && i.ZoneId == zone, ct) ?? throw Refusal.NotFound("事项");
        if (await IsUsedAsync(id, ct))
        {
            throw Refusal.Conflict("该事项已有申请，不能删除；可取消发布。");
        }

        db.Remove(item);
        await db.SaveChangesAsync(ct);
    }

    private static void Apply(ServiceItem item, ItemInput input)
    {
        item.DepartmentId = input.DepartmentId;
        item.LegalLimitDays = input.LegalLimitDays;
        item.PromisedLimitDays = input.PromisedLimitDays;
        item.Fee = input.Fee;
        item.Result = input.Result;
        item.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        item.Published = input.Published;
    }

    private void AddFields(ZoneId zone, Guid itemId, IReadOnlyList<FieldInput> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            var f = fields[i];
            db.Add(new FormField(zone, itemId, f.Key, f.Label.Trim(), f.Kind, f.Required, i + 1)
            {
                MaxLength = f.MaxLength,
                Min = f.Min,
                Max = f.Max,
                Choices = f.Kind == FieldKind.Choice ? string.Join('|', SplitChoices(f.Choices)) : null,
            });
        }
    }

    internal static IReadOnlyList<string> SplitChoices(string? choices) =>
        (choices ?? string.Empty).Split(['|', '\n', '，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();

    private async Task CheckAsync(ZoneId zone, Guid? itemId, ItemInput input, CancellationToken ct)
    {
        if (!await db.Set<Department>().AnyAsync(d => d.Id == input.DepartmentId && d.ZoneId == zone, ct))
        {
            throw Refusal.Invalid("departmentId", "审批部门不存在。");
        }

        var errors = new Dictionary<string, string[]>();
        var keys = input.Fields.GroupBy(f => f.Key, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (keys.Count > 0)
        {
            errors["fields"] = [$"字段键“{keys[0]}”重复。"];
        }

        var names = input.Materials.GroupBy(m => m.Name.Trim(), StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (names.Count > 0)
        {
            errors["materials"] = [$"材料“{names[0]}”重复。"];
        }

        for (var i = 0; i < input.Fields.Count; i++)
        {
            var f = input.Fields[i];
            if (f.Min is { } min && f.Max is { } max && min > max)
            {
                errors[$"fields[{i}].min"] = ["最小值不能大于最大值。"];
            }

            if (f.Kind == FieldKind.Choice && SplitChoices(f.Choices).Count < 2)
            {
                errors[$"fields[{i}].choices"] = ["选择题至少要有两个选项（用“|”分隔）。"];
            }
        }

        if (input.Materials.All(m => !m.Essential))
        {
            errors["materials"] = ["至少应有一项必要材料。"];
        }

        if (errors.Count > 0)
        {
            throw Refusal.Invalid(errors);
        }

        var promise = new PromiseWithinLegalLimitRule().Check(new ItemLimits(input.LegalLimitDays, input.PromisedLimitDays));
        if (!promise.Passed)
        {
            throw Refusal.ByRule(promise);
        }

        var elsewhere = await db.Set<FormField>().AsNoTracking().Where(f => f.ZoneId == zone && f.ItemId != itemId)
            .Join(db.Set<ServiceItem>(), f => f.ItemId, i => i.Id, (f, i) => new SharedField(f.Key, f.Kind, i.Name)).ToListAsync(ct);
        var shared = new SharedFieldKindRule().Check(new FieldSet(input.Fields.Select(f => (f.Key, f.Kind)).ToList(), elsewhere));
        if (!shared.Passed)
        {
            throw Refusal.ByRule(shared);
        }
    }

    private async Task<IReadOnlyList<ItemView>> ViewsAsync(ZoneId zone, IReadOnlyList<ServiceItem> items, CancellationToken ct)
    {
        var ids = items.Select(i => i.Id).ToList();
        var departments = await db.Set<Department>().AsNoTracking().Where(d => d.ZoneId == zone).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var materials = (await db.Set<ItemMaterial>().AsNoTracking().Where(m => m.ZoneId == zone && ids.Contains(m.ItemId)).ToListAsync(ct))
            .OrderBy(m => m.Order).ToLookup(m => m.ItemId);
        var fields = (await db.Set<FormField>().AsNoTracking().Where(f => f.ZoneId == zone && ids.Contains(f.ItemId)).ToListAsync(ct))
            .OrderBy(f => f.Order).ToLookup(f => f.ItemId);
        return items.Select(i => new ItemView(i.Id, i.Code, i.Name, i.DepartmentId, departments.GetValueOrDefault(i.DepartmentId, string.Empty), i.LegalLimitDays,
            i.PromisedLimitDays, i.Fee, i.Result, i.ResultName, i.Description, i.Published, i.Version,
            materials[i.Id].Select(m => new MaterialView(m.Id, m.Name, m.Essential)).ToList(),
            fields[i.Id].Select(f => new FieldView(f.Id, f.Key, f.Label, f.Kind, f.Required, f.MaxLength, f.Min, f.Max, SplitChoices(f.Choices))).ToList())).ToList();
    }
}
