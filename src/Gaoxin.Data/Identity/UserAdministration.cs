using Gaoxin.Data.Platform;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Paging;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Data.Identity;

public sealed record UserRow(string Id, string Email, string DisplayName, string? Role, Guid? OrganisationId, string? OrganisationName, bool IsDisabled, bool IsLockedOut);

public sealed record NewUser(string Email, string DisplayName, string Role, Guid? OrganisationId, string Password);

public sealed record UserChange(string DisplayName, string Role, Guid? OrganisationId, bool IsDisabled);

/// <summary>Field-keyed errors, or success with a value; the API turns errors into a 400 problem, the pages show them.</summary>
public sealed record AdminResult<T>(T? Value, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static AdminResult<T> Ok(T value) => new(value, new Dictionary<string, string[]>());

    public static AdminResult<T> Fail(string field, params string[] messages) => new(default, new Dictionary<string, string[]> { [field] = messages });
}

/// <summary>The zone admin's user management, shared by the admin page, the API and the CLI. Each user holds one role.</summary>
public sealed class UserAdministration(GaoxinDbContext db, UserManager<GaoxinUser> users, TimeProvider clock)
{
    private static readonly RoleMatchesOrganisationKindRule RoleRule = new();

    public async Task<Page<UserRow>> ListAsync(Guid zoneId, string? search, PageRequest page, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking().Where(u => u.ZoneId == zoneId);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim();
            query = query.Where(u => u.Email!.Contains(s) || u.DisplayName.Contains(s));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(u => u.Email).Skip(page.Skip).Take(page.Size)
            .Select(u => new
            {
                u.Id, u.Email, u.DisplayName, u.OrganisationId, u.IsDisabled, u.LockoutEnd,
                Role = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
                Org = db.Organisations.Where(o => o.Id == u.OrganisationId).Select(o => o.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        var items = rows.Select(r => new UserRow(r.Id, r.Email ?? string.Empty, r.DisplayName, r.Role, r.OrganisationId, r.Org, r.IsDisabled, !r.IsDisabled && r.LockoutEnd > now)).ToList();
        return new Page<UserRow>(items, page.Number, page.Size, total);
    }

    public async Task<AdminResult<UserRow>> CreateAsync(Guid zoneId, NewUser request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            return AdminResult<UserRow>.Fail("email", "邮箱不能为空。");
        }

        if (string.IsNullOrWhiteSpace(request.DisplayName))
        {
            return AdminResult<UserRow>.Fail("displayName", "姓名不能为空。");
        }

        var check = await CheckRoleAsync(zoneId, request.Role, request.OrganisationId, ct);
        if (check is not null)
        {
            return AdminResult<UserRow>.Fail(check.Value.Field, check.Value.Message);
        }

        var user = new GaoxinUser
        {
            UserName = request.Email.Trim(),
            Email = request.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = request.DisplayName.Trim(),
            ZoneId = zoneId,
            OrganisationId = request.OrganisationId,
        };

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            return Errors<UserRow>(created);
        }

        var role = await users.AddToRoleAsync(user, request.Role);
        if (!role.Succeeded)
        {
            return Errors<UserRow>(role);
        }

        await tx.CommitAsync(ct);
        return AdminResult<UserRow>.Ok(await RowAsync(user, ct));
    }

    public async Task<AdminResult<UserRow>> ChangeAsync(Guid zoneId, string actingUserId, string userId, UserChange change, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || user.ZoneId != zoneId)
        {
            return AdminResult<UserRow>.Fail("id", "用户不存在。");
        }

        if (string.IsNullOrWhiteSpace(change.DisplayName))
        {
            return AdminResult<UserRow>.Fail("displayName", "姓名不能为空。");
        }

        if (userId == actingUserId && change.IsDisabled)
        {
            return AdminResult<UserRow>.Fail("isDisabled", "不能停用自己的账号。");
        }

        var check = await CheckRoleAsync(zoneId, change.Role, change.OrganisationId, ct);
        if (check is not null)
        {
            return AdminResult<UserRow>.Fail(check.Value.Field, check.Value.Message);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var current = await users.GetRolesAsync(user);
        if (!current.SequenceEqual([change.Role]))
        {
            if (current.Count > 0)
            {
                var removed = await users.RemoveFromRolesAsync(user, current);
                if (!removed.Succeeded)
                {
                    return Errors<UserRow>(removed);
                }
            }

            var added = await users.AddToRoleAsync(user, change.Role);
            if (!added.Succeeded)
            {
                return Errors<UserRow>(added);
            }
        }

        var wasDisabled = user.IsDisabled;
        user.DisplayName = change.DisplayName.Trim();
        user.OrganisationId = change.OrganisationId;
        user.IsDisabled = change.IsDisabled;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return Errors<UserRow>(updated);
        }

        if (wasDisabled != change.IsDisabled || current.Count == 0 || !current.SequenceEqual([change.Role]))
        {
            // A new stamp ends the user's open sessions so the change takes effect at once.
            await users.UpdateSecurityStampAsync(user);
        }

        await tx.CommitAsync(ct);
        return AdminResult<UserRow>.Ok(await RowAsync(user, ct));
    }

    private async Task<(string Field, string Message)?> CheckRoleAsync(Guid zoneId, string role, Guid? organisationId, CancellationToken ct)
    {
        OrganisationKind? kind = null;
        if (organisationId is { } orgId)
        {
            var org = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orgId, ct);
            if (org is null || org.ZoneId.Value != zoneId)
            {
                return ("organisationId", "所选机构不存在。");
            }

            kind = org.Kind;
        }

        var outcome = RoleRule.Check(new RoleAssignment(role, kind));
        return outcome.Passed ? null : (Roles.IsKnown(role) ? "organisationId" : "role", outcome.Message);
    }

    private async Task<UserRow> RowAsync(GaoxinUser user, CancellationToken ct)
    {
        var roles = await users.GetRolesAsync(user);
        var org = user.OrganisationId is { } id
            ? await db.Organisations.AsNoTracking().Where(o => o.Id == id).Select(o => o.Name).FirstOrDefaultAsync(ct)
            : null;
        return new UserRow(user.Id, user.Email ?? string.Empty, user.DisplayName, roles.FirstOrDefault(), user.OrganisationId, org, user.IsDisabled, false);
    }

    private static AdminResult<T> Errors<T>(IdentityResult result) =>
        new(default, result.Errors
            .GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) ? "email" : "user")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
}
