using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Gaoxin.Data;
using Gaoxin.Data.Audit;
using Gaoxin.Data.Http;
using Gaoxin.Data.Identity;
using Gaoxin.Data.Platform;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Audit;
using Gaoxin.Kernel.Paging;
using Gaoxin.Kernel.Rules;
using Gaoxin.Web.Identity;
using MiniExcelLibs.Attributes;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Web.Api;

public sealed record MeResponse(string Id, string Name, string? Email, IReadOnlyList<string> Roles, Guid? OrganisationId, Guid ZoneId);

public sealed record OrganisationResponse(Guid Id, string Name, OrganisationKind Kind, string? CreditCode, DateOnly? EstablishedOn, string? Note);

public sealed record OrganisationRequest(
    [property: Required(ErrorMessage = "机构名称不能为空。"), StringLength(200, MinimumLength = 2, ErrorMessage = "机构名称应为 2–200 个字符。")] string Name,
    [property: Required(ErrorMessage = "机构类型不能为空。"), EnumDataType(typeof(OrganisationKind), ErrorMessage = "机构类型无效。")] OrganisationKind? Kind,
    string? CreditCode,
    DateOnly? EstablishedOn,
    [property: StringLength(1000, ErrorMessage = "备注不能超过 1000 个字符。")] string? Note);

public sealed record CreateUserRequest(
    [property: Required(ErrorMessage = "邮箱不能为空。"), EmailAddress(ErrorMessage = "邮箱格式不正确。")] string Email,
    [property: Required(ErrorMessage = "姓名不能为空。"), StringLength(100, ErrorMessage = "姓名不能超过 100 个字符。")] string DisplayName,
    [property: Required(ErrorMessage = "角色不能为空。")] string Role,
    Guid? OrganisationId,
    [property: Required(ErrorMessage = "初始密码不能为空。")] string Password);

public sealed record UpdateUserRequest(
    [property: Required(ErrorMessage = "姓名不能为空。"), StringLength(100, ErrorMessage = "姓名不能超过 100 个字符。")] string DisplayName,
    [property: Required(ErrorMessage = "角色不能为空。")] string Role,
    Guid? OrganisationId,
    bool IsDisabled);

public sealed record CreateTokenRequest(
    [property: Required(ErrorMessage = "令牌名称不能为空。"), StringLength(100, ErrorMessage = "令牌名称不能超过 100 个字符。")] string Name,
    [property: Range(1, 365, ErrorMessage = "有效天数应在 1–365 之间。")] int? ValidDays,
    [property: MaxLength(100, ErrorMessage = "权限范围过多。")] IReadOnlyList<string>? Scopes = null);

/// <summary>A token as listed; <paramref name="Scopes"/> is what it may do ("*": made before scopes, everything its user may).</summary>
public sealed record TokenResponse(Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, IReadOnlyList<string> Scopes);

public sealed record CreatedTokenResponse(TokenResponse Token, string Secret);

public sealed record AuditEventResponse(long Sequence, string Actor, string Action, string EntityType, string EntityId, string? Before, string? After, DateTimeOffset OccurredAt, string Hash);

/// <summary>The platform's own API: the caller, organisations, users, access tokens, the audit trail.</summary>
public static class PlatformEndpoints
{
    /// <summary>Who may see and change organisation records; bound roles only their own organisation.</summary>
    public static readonly AccessPolicy OrganisationAccess = AccessPolicy.Of(
        see: Roles.All,
        change: [Roles.ZoneAdmin, Roles.EnterpriseUser, Roles.InstituteUser, Roles.VehicleOperator]);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/me", Me).WithSummary("当前用户");

        var orgs = api.MapGroup("/organisations").WithTags("organisations").ProducesRefusals();
        orgs.MapGet("/", ListOrganisations).WithSummary("机构列表（分页、搜索）");
        orgs.MapGet("/export", ExportOrganisations).WithSummary("导出机构列表（Excel）");
        orgs.MapGet("/{id:guid}", GetOrganisation).WithSummary("机构详情");
        orgs.MapPost("/", CreateOrganisation).Validate<OrganisationRequest>().RequireAuthorization(p => p.RequireRole(Roles.ZoneAdmin)).WithSummary("新建机构");
        orgs.MapPut("/{id:guid}", UpdateOrganisation).Validate<OrganisationRequest>().WithSummary("修改机构");

        var admin = api.MapGroup("/admin").WithTags("admin").RequireAuthorization(p => p.RequireRole(Roles.ZoneAdmin)).ProducesRefusals();
        admin.MapGet("/users", ListUsers).WithSummary("用户列表");
        admin.MapGet("/users/export", ExportUsers).WithSummary("导出用户列表（Excel）");
        admin.MapPost("/users", CreateUser).Validate<CreateUserRequest>().WithSummary("新建用户");
        admin.MapPut("/users/{id}", UpdateUser).Validate<UpdateUserRequest>().WithSummary("修改用户角色、机构或停用");
        admin.MapGet("/audit", ListAudit).WithSummary("审计事件");
        admin.MapGet("/audit/export", ExportAudit).WithSummary("导出审计事件（Excel，最近 10 万条）");
        admin.MapGet("/audit/verify", VerifyAudit).WithSummary("校验审计链");

        var tokens = api.MapGroup("/me/tokens").WithTags("tokens").ProducesRefusals();
        tokens.MapGet("/", ListTokens).WithSummary("我的访问令牌");
        tokens.MapPost("/", CreateToken).Validate<CreateTokenRequest>().WithSummary("新建访问令牌（令牌只显示一次）");
        tokens.MapDelete("/{id:guid}", RevokeToken).WithSummary("撤销访问令牌");
    }

    private static Ok<MeResponse> Me(ClaimsPrincipal user)
    {
        var actor = user.ToActor();
        return TypedResults.Ok(new MeResponse(actor.UserId, actor.Name, user.FindFirstValue(ClaimTypes.Email), [.. actor.Roles], actor.OrganisationId, actor.ZoneId));
    }

    private static async Task<Ok<Page<OrganisationResponse>>> ListOrganisations(ClaimsPrincipal user, OrganisationDirectory directory, string? search, OrganisationKind? kind, int? page, int? size, CancellationToken ct) =>
        TypedResults.Ok(await directory.ListAsync(user.ToActor(), search, kind, new PageRequest(page, size), ct));

    private static async Task<IResult> ExportOrganisations(ClaimsPrincipal user, OrganisationDirectory directory, IStringLocalizer<SharedResource> l, TimeProvider clock, string? search, OrganisationKind? kind, CancellationToken ct)
    {
        var actor = user.ToActor();
        var rows = await Pages.AllAsync(p => directory.ListAsync(actor, search, kind, p, ct));
        return await ExcelExport.FileAsync(rows.Select(o => new OrganisationRow(o.Name, l["Kind." + o.Kind], o.CreditCode, o.EstablishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), o.Note)), "机构名录", clock, ct);
    }

    private static async Task<IResult> ExportUsers(ClaimsPrincipal user, UserAdministration admin, IStringLocalizer<SharedResource> l, TimeProvider clock, string? search, CancellationToken ct)
    {
        var zone = user.ToActor().ZoneId;
        var rows = await Pages.AllAsync(p => admin.ListAsync(zone, search, p, ct));
        return await ExcelExport.FileAsync(rows.Select(u => new UserExportRow(u.Email, u.DisplayName, u.Role is null ? string.Empty : l["Role." + u.Role], u.OrganisationName, u.IsDisabled ? "已停用" : u.IsLockedOut ? "已锁定" : "正常")), "用户", clock, ct);
    }

    private static async Task<IResult> ExportAudit(ClaimsPrincipal user, GaoxinDbContext db, TimeProvider clock, string? entityType, string? entityId, CancellationToken ct)
    {
        var zone = user.ToActor().ZoneId;
        var rows = await AuditQuery(db, zone, entityType, entityId).OrderByDescending(e => e.Sequence).Take(Exports.MaxAuditRows)
            .Select(e => new AuditExportRow(e.Sequence, e.OccurredAt, e.Actor, e.Action, e.EntityType, e.EntityId, e.Before, e.After, e.Hash))
            .ToListAsync(ct);
        return await ExcelExport.FileAsync(rows, "审计事件", clock, ct);
    }

    private static async Task<Ok<OrganisationResponse>> GetOrganisation(Guid id, ClaimsPrincipal user, OrganisationDirectory directory, CancellationToken ct)
    {
        var org = await directory.FindVisibleAsync(user.ToActor(), id, ct) ?? throw Refusal.NotFound("机构");
        return TypedResults.Ok(Response(org));
    }

    private static async Task<Created<OrganisationResponse>> CreateOrganisation(OrganisationRequest request, ClaimsPrincipal user, OrganisationDirectory directory, CancellationToken ct)
    {
        var (errors, org) = await directory.CreateAsync(user.ToActor(), request, ct);
        return org is null
            ? throw Refusal.Invalid(errors, ValidationProblems.Summary(errors))
            : TypedResults.Created($"/api/v1/organisations/{org.Id}", Response(org));
    }

    private static async Task<Ok<OrganisationResponse>> UpdateOrganisation(Guid id, OrganisationRequest request, ClaimsPrincipal user, OrganisationDirectory directory, CancellationToken ct)
    {
        var (errors, org) = await directory.UpdateAsync(user.ToActor(), id, request, ct);
        return org is null ? throw Refusal.Invalid(errors, ValidationProblems.Summary(errors)) : TypedResults.Ok(Response(org));
    }

    private static async Task<Ok<Page<UserRow>>> ListUsers(ClaimsPrincipal user, UserAdministration admin, string? search, int? page, int? size, CancellationToken ct) =>
        TypedResults.Ok(await admin.ListAsync(user.ToActor().ZoneId, search, new PageRequest(page, size), ct));

    private static async Task<Created<UserRow>> CreateUser(CreateUserRequest request, ClaimsPrincipal user, UserAdministration admin, CancellationToken ct)
    {
        var result = await admin.CreateAsync(user.ToActor().ZoneId, new NewUser(request.Email, request.DisplayName, request.Role, request.OrganisationId, request.Password), ct);
        return result.Succeeded
            ? TypedResults.Created($"/api/v1/admin/users/{result.Value!.Id}", result.Value)
            : throw Refusal.Invalid(result.Errors, ValidationProblems.Summary(result.Errors));
    }

    private static async Task<Ok<UserRow>> UpdateUser(string id, UpdateUserRequest request, ClaimsPrincipal user, UserAdministration admin, CancellationToken ct)
    {
        var actor = user.ToActor();
        var result = await admin.ChangeAsync(actor.ZoneId, actor.UserId, id, new UserChange(request.DisplayName, request.Role, request.OrganisationId, request.IsDisabled), ct);
        return result.Succeeded ? TypedResults.Ok(result.Value!) : throw Refusal.Invalid(result.Errors, ValidationProblems.Summary(result.Errors));
    }

    private static async Task<Ok<Page<AuditEventResponse>>> ListAudit(ClaimsPrincipal user, GaoxinDbContext db, string? entityType, string? entityId, int? page, int? size, CancellationToken ct)
    {
        var zone = user.ToActor().ZoneId;
        var request = new PageRequest(page, size);
        var query = AuditQuery(db, zone, entityType, entityId);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(e => e.Sequence).Skip(request.Skip).Take(request.Size)
            .Select(e => new AuditEventResponse(e.Sequence, e.Actor, e.Action, e.EntityType, e.EntityId, e.Before, e.After, e.OccurredAt, e.Hash))
            .ToListAsync(ct);
        return TypedResults.Ok(new Page<AuditEventResponse>(items, request.Number, request.Size, total));
    }

    private static IQueryable<AuditEvent> AuditQuery(GaoxinDbContext db, Guid zone, string? entityType, string? entityId)
    {
        var query = db.AuditEvents.AsNoTracking().Where(e => e.ZoneId == zone);
        if (!string.IsNullOrWhiteSpace(entityType))
        {
            query = query.Where(e => e.EntityType == entityType);
        }

        if (!string.IsNullOrWhiteSpace(entityId))
        {
            query = query.Where(e => e.EntityId == entityId);
        }

        return query;
    }

    private static async Task<Ok<ChainVerification>> VerifyAudit(GaoxinDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await AuditVerification.VerifyAsync(db, ct));

    private static async Task<Ok<List<TokenResponse>>> ListTokens(ClaimsPrincipal user, AccessTokenService tokens, CancellationToken ct) =>
        TypedResults.Ok(await tokens.ListAsync(user.ToActor().UserId, ct));

    private static async Task<Created<CreatedTokenResponse>> CreateToken(CreateTokenRequest request, ClaimsPrincipal user, AccessTokenService tokens, CancellationToken ct)
    {
        // A token minting tokens would outlive its own revocation and widen its scopes: only a signed-in person makes tokens.
        if (TokenScopes.ByToken(user))
        {
            throw Refusal.Forbidden("访问令牌不能创建令牌：请登录后在“个人访问令牌”页面创建。");
        }

        var created = await tokens.CreateAsync(user.ToActor().UserId, request.Name, request.ValidDays, request.Scopes, ct);
        return TypedResults.Created($"/api/v1/me/tokens/{created.Token.Id}", created);
    }

    private static async Task<NoContent> RevokeToken(Guid id, ClaimsPrincipal user, AccessTokenService tokens, CancellationToken ct) =>
        await tokens.RevokeAsync(user.ToActor().UserId, id, ct) ? TypedResults.NoContent() : throw Refusal.NotFound("令牌");

    internal static OrganisationResponse Response(Organisation o) => new(o.Id, o.Name, o.Kind, o.CreditCode, o.EstablishedOn, o.Note);

}

public sealed record OrganisationRow(
    [property: ExcelColumnName("名称")] string Name,
    [property: ExcelColumnName("类型")] string Kind,
    [property: ExcelColumnName("统一社会信用代码")] string? CreditCode,
    [property: ExcelColumnName("成立/揭牌日期")] string? EstablishedOn,
    [property: ExcelColumnName("备注")] string? Note);

public sealed record UserExportRow(
    [property: ExcelColumnName("邮箱")] string Email,
    [property: ExcelColumnName("姓名")] string DisplayName,
    [property: ExcelColumnName("角色")] string Role,
    [property: ExcelColumnName("所属机构")] string? Organisation,
    [property: ExcelColumnName("状态")] string Status);

public sealed record AuditExportRow(
    [property: ExcelColumnName("序号")] long Sequence,
    [property: ExcelColumnName("时间")] DateTimeOffset OccurredAt,
    [property: ExcelColumnName("操作人")] string Actor,
    [property: ExcelColumnName("动作")] string Action,
    [property: ExcelColumnName("对象类型")] string EntityType,
    [property: ExcelColumnName("对象编号")] string EntityId,
    [property: ExcelColumnName("变更前")] string? Before,
    [property: ExcelColumnName("变更后")] string? After,
    [property: ExcelColumnName("哈希")] string Hash);

internal static class Exports
{
    public const int MaxAuditRows = 100_000;
}

