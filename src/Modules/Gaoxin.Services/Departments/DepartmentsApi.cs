using System.Security.Claims;
using Gaoxin.Data;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Services.Departments;

public sealed record DepartmentView(Guid Id, string Code, string Name, int Members);

public sealed record MemberView(Guid Id, string UserId, string Name, string Email, bool IsHead);

/// <summary>The zone's reviewing departments.</summary>
public sealed class DepartmentBook(GaoxinDbContext db)
{
    /// <summary>Every department of the zone with how many officers it has.</summary>
    public Task<List<DepartmentView>> ListAsync(ZoneId zone, CancellationToken ct) =>
        db.Set<Department>().AsNoTracking().Where(d => d.ZoneId == zone).OrderBy(d => d.Code)
            .Select(d => new DepartmentView(d.Id, d.Code, d.Name,
                db.Set<DepartmentMember>().Count(m => m.DepartmentId == d.Id)))
            .ToListAsync(ct);

    public async Task<DepartmentView> CreateAsync(ZoneId zone, DepartmentInput input, CancellationToken ct)
    {
        var code = input.Code.Trim().ToUpperInvariant();
        if (await db.Set<Department>().AnyAsync(d => d.ZoneId == zone && d.Code == code, ct))
        {
            throw Refusal.Conflict($"部门代码“{code}”已存在。");
        }

        var department = new Department(zone, code, input.Name.Trim());
        db.Add(department);
        await db.SaveChangesAsync(ct);
        return new DepartmentView(department.Id, department.Code, department.Name, 0);
    }

    public async Task<DepartmentView> RenameAsync(ZoneId zone, Guid id, DepartmentInput input, CancellationToken ct)
    {
        var department = await db.Set<Department>().FirstOrDefaultAsync(d => d.Id == id && d.ZoneId == zone, ct) ?? throw Refusal.NotFound("部门");
        department.Name = input.Name.Trim();
        await db.SaveChangesAsync(ct);
        return (await ListAsync(zone, ct)).Single(d => d.Id == id);
    }

    public async Task<IReadOnlyList<MemberView>> MembersAsync(ZoneId zone, Guid id, CancellationToken ct)
    {
        _ = await db.Set<Department>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.ZoneId == zone, ct) ?? throw Refusal.NotFound("部门");
        return await db.Set<DepartmentMember>().AsNoTracking().Where(m => m.DepartmentId == id)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.Id, UserId = u.Id, u.DisplayName, u.Email, m.IsHead })
            .OrderByDescending(m => m.IsHead).ThenBy(m => m.Email)
            .Select(m => new MemberView(m.Id, m.UserId, m.DisplayName, m.Email ?? string.Empty, m.IsHead)).ToListAsync(ct);
    }

    /// <summary>Adds a department officer of the zone; adding one already there updates whether they are the head.</summary>
    public async Task<MemberView> AddMemberAsync(ZoneId zone, Guid id, MemberInput input, CancellationToken ct)
    {
        _ = await db.Set<Department>().FirstOrDefaultAsync(d => d.Id == id && d.ZoneId == zone, ct) ?? throw Refusal.NotFound("部门");
        var email = input.Email.Trim().ToUpperInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == email && u.ZoneId == zone.Value, ct)
            ?? throw Refusal.Invalid("email", "本园区没有使用该邮箱的用户。");
        var isOfficer = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name)
            .AnyAsync(n => n == Roles.DepartmentOfficer, ct);
        if (!isOfficer)
        {
            throw Refusal.Invalid("email", "该用户不是部门审批人员，请先在用户管理中授予该角色。");
        }

        var member = await db.Set<DepartmentMember>().FirstOrDefaultAsync(m => m.DepartmentId == id && m.UserId == user.Id, ct);
        if (member is null)
        {
            member = new DepartmentMember(zone, id, user.Id, input.IsHead);
            db.Add(member);
        }
        else
        {
            member.IsHead = input.IsHead;
        }

        await db.SaveChangesAsync(ct);
        return new MemberView(member.Id, user.Id, user.DisplayName, user.Email ?? string.Empty, member.IsHead);
    }

    public async Task RemoveMemberAsync(ZoneId zone, Guid id, Guid memberId, CancellationToken ct)
    {
        var member = await db.Set<DepartmentMember>().FirstOrDefaultAsync(m => m.Id == memberId && m.DepartmentId == id && m.ZoneId == zone, ct)
            ?? throw Refusal.NotFound("部门人员");
        db.Remove(member);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The departments whose queues the user works (empty for anyone who is not a member).</summary>
    public Task<List<Guid>> OfUserAsync(ZoneId zone, string userId, CancellationToken ct) =>
        db.Set<DepartmentMember>().Where(m => m.ZoneId == zone && m.UserId == userId).Select(m => m.DepartmentId).ToListAsync(ct);
}

public static class DepartmentsApi
{
    private static ZoneId Zone(ClaimsPrincipal user) => new(user.ToActor().ZoneId);

    public static async Task<Created<DepartmentView>> Create(DepartmentInput input, ClaimsPrincipal user, DepartmentBook book, CancellationToken ct)
    {
        var department = await book.CreateAsync(Zone(user), input, ct);
        return TypedResults.Created($"/api/v1/services/departments/{department.Id}", department);
    }

    public static async Task<Ok<DepartmentView>> Rename(Guid id, DepartmentInput input, ClaimsPrincipal user, DepartmentBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.RenameAsync(Zone(user), id, input, ct));

    public static async Task<Ok<IReadOnlyList<MemberView>>> Members(Guid id, ClaimsPrincipal user, DepartmentBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.MembersAsync(Zone(user), id, ct));

    public static async Task<Ok<MemberView>> AddMember(Guid id, MemberInput input, ClaimsPrincipal user, DepartmentBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.AddMemberAsync(Zone(user), id, input, ct));

    public static async Task<NoContent> RemoveMember(Guid id, Guid memberId, ClaimsPrincipal user, DepartmentBook book, CancellationToken ct)
    {
        await book.RemoveMemberAsync(Zone(user), id, memberId, ct);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<List<DepartmentView>>> List(ClaimsPrincipal user, DepartmentBook book, CancellationToken ct) =>
        TypedResults.Ok(await book.ListAsync(new ZoneId(user.ToActor().ZoneId), ct));
}
