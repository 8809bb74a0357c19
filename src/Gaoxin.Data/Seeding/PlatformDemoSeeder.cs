using Gaoxin.Data.Identity;
using Gaoxin.Data.Platform;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Zones;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Data.Seeding;

/// <summary>The demo zone of the report: 自贡高新区, its named organisations, and one sign-in per role.</summary>
public static class DemoData
{
    public const string ZoneName = "自贡高新区";
    public const string ZoneCode = "zigong";
    public const string ZoneDivision = "510300";

    /// <summary>Demo password for every demo user; printed at start in Development. Not a secret: it is demo data.</summary>
    public const string Password = "Zigong@2025";

    public static readonly IReadOnlyList<(string Name, OrganisationKind Kind, DateOnly? Established, string? Note)> Organisations =
    [
        ("自贡高新区管委会", OrganisationKind.Committee, null, "科技创新局、经济发展局"),
        ("自贡创新中心", OrganisationKind.InnovationCenter, new DateOnly(2025, 10, 28), "与西安交通大学国家技术转移中心共建，“一中心一平台多功能”"),
        ("西安交通大学国家技术转移中心", OrganisationKind.Institute, null, null),
        ("重庆大学", OrganisationKind.Institute, null, null),
        ("四川轻化工大学", OrganisationKind.Institute, null, null),
        ("九识智能", OrganisationKind.VehicleOperator, null, "无人驾驶物流车"),
        ("优必选", OrganisationKind.Enterprise, null, "人形机器人，“双总部”项目"),
        ("兴储世纪", OrganisationKind.Enterprise, null, "钠离子电池"),
        ("珈钠能源", OrganisationKind.Enterprise, null, "钠离子电池"),
        ("长盈精密", OrganisationKind.Enterprise, null, "钠离子电池结构件"),
        ("天钧精密", OrganisationKind.Enterprise, null, "钠离子电池"),
        ("容钠新能源", OrganisationKind.Enterprise, null, "钠离子电池"),
        ("川力科技", OrganisationKind.Enterprise, null, "输送机械，智改数转"),
    ];

    /// <summary>One demo user per role: (email, display name, role, organisation).</summary>
    public static readonly IReadOnlyList<(string Email, string DisplayName, string Role, string Organisation)> Users =
    [
        ("admin@zigong.demo", "管委会管理员", Roles.ZoneAdmin, "自贡高新区管委会"),
        ("operator@zigong.demo", "创新中心运营", Roles.CenterOperator, "自贡创新中心"),
        ("reviewer@zigong.demo", "评审专家", Roles.Reviewer, "西安交通大学国家技术转移中心"),
        ("enterprise@zigong.demo", "兴储世纪用户", Roles.EnterpriseUser, "兴储世纪"),
        ("institute@zigong.demo", "四川轻化工大学用户", Roles.InstituteUser, "四川轻化工大学"),
        ("vehicle@zigong.demo", "九识智能运营", Roles.VehicleOperator, "九识智能"),
        ("viewer@zigong.demo", "只读查看", Roles.Viewer, "自贡高新区管委会"),
        ("officer@zigong.demo", "经济发展局审批人员", Roles.DepartmentOfficer, "自贡高新区管委会"),
    ];
}

/// <summary>Creates the roles every deployment needs; run on every start, not only for the demo.</summary>
public static class RoleSetup
{
    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}

/// <summary>Seeds the platform part of the demo; idempotent (looks each thing up by its natural key first).</summary>
public static class PlatformDemoSeeder
{
    public static async Task<DemoZone> SeedAsync(GaoxinDbContext db, UserManager<GaoxinUser> users, CancellationToken ct)
    {
        var zone = await db.Zones.FirstOrDefaultAsync(z => z.Code == DemoData.ZoneCode, ct);
        if (zone is null)
        {
            zone = new Zone { Id = ZoneId.New(), Name = DemoData.ZoneName, Code = DemoData.ZoneCode, DivisionCode = DemoData.ZoneDivision };
            db.Zones.Add(zone);
            await db.SaveChangesAsync(ct);
        }

        var existing = await db.Organisations.Where(o => o.ZoneId == zone.Id).ToDictionaryAsync(o => o.Name, ct);
        foreach (var (name, kind, established, note) in DemoData.Organisations)
        {
            if (!existing.ContainsKey(name))
            {
                var org = new Organisation { ZoneId = zone.Id, Name = name, Kind = kind, EstablishedOn = established, Note = note };
                db.Organisations.Add(org);
                existing[name] = org;
            }
        }

        await db.SaveChangesAsync(ct);

        foreach (var (email, displayName, role, organisation) in DemoData.Users)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var user = new GaoxinUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = displayName,
                ZoneId = zone.Id.Value,
                OrganisationId = existing[organisation].Id,
            };
            Check(await users.CreateAsync(user, DemoData.Password), email);
            Check(await users.AddToRoleAsync(user, role), email);
        }

        return new DemoZone(zone.Id.Value, existing.ToDictionary(kv => kv.Key, kv => kv.Value.Id));
    }

    private static void Check(IdentityResult result, string who)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"无法创建演示用户 {who}：{string.Join("；", result.Errors.Select(e => e.Description))}");
        }
    }
}
