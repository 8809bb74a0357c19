using System.Globalization;
using System.Security.Claims;
using Gaoxin.Data.Http;
using Gaoxin.Kernel.Paging;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Scenes.SceneBoard;

/// <summary>Handlers of scenes, proposals and trials; refusals come from <see cref="SceneDesk"/>, the rules and the entities.</summary>
internal static class ScenesApi
{
    public static async Task<Ok<Page<SceneView>>> List(ClaimsPrincipal user, SceneDesk desk, CancellationToken ct, string? q = null, SceneKind? kind = null,
        SceneStatus? status = null, Guid? owner = null, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await desk.ListAsync(user.ToActor(), new SceneFilter(q, kind, status, owner), new PageRequest(page, pageSize), ct));

    public static async Task<IResult> Export(ClaimsPrincipal user, SceneDesk desk, TimeProvider clock, CancellationToken ct, string? q = null, SceneKind? kind = null,
        SceneStatus? status = null, Guid? owner = null)
    {
        var actor = user.ToActor();
        var filter = new SceneFilter(q, kind, status, owner);
        var rows = await Gaoxin.Kernel.Paging.Pages.AllAsync(p => desk.ListAsync(actor, filter, p, ct));
        static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
        return await ExcelExport.FileAsync(rows.Select((s, n) => new Dictionary<string, object?>
        {
            ["序号"] = n + 1,
            ["场景编号"] = s.Code,
            ["场景名称"] = s.Title,
            ["场景类型"] = SceneLabels.Kind(s.Kind),
            ["所属单位"] = s.OwnerName,
            ["场景地点"] = s.Place,
            ["提供条件"] = SceneLabels.Offers(s.Offers),
            ["预算（元）"] = s.Budget,
            ["最低技术成熟度"] = s.MinReadiness,
            ["资质要求"] = s.RequiredCertificates,
            ["发布日期"] = Day(s.PublishedOn),
            ["征集截止"] = Day(s.ProposalsDueOn),
            ["验证截止"] = Day(s.TrialEndsBy),
            ["状态"] = SceneLabels.Status(s.Status),
            ["方案数"] = s.ProposalCount,
        }), "应用场景", clock, ct);
    }

    public static async Task<Ok<SceneView>> Get(Guid id, ClaimsPrincipal user, SceneDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.GetAsync(user.ToActor(), id, ct));

    public static async Task<Created<SceneView>> Create(SceneInput input, ClaimsPrincipal user, SceneDesk desk, CancellationToken ct)
    {
        var scene = await desk.CreateAsync(user.ToActor(), input, ct);
        return TypedResults.Created($"/api/v1/scenes/scenes/{scene.Id}", scene);
    }

    public static async Task<Ok<SceneView>> Edit(Guid id, SceneInput input, ClaimsPrincipal user, SceneDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.EditAsync(user.ToActor(), id, input, ct));

    public static async Task<Ok<SceneView>> Publish(Guid id, ClaimsPrincipal user, SceneDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.PublishAsync(user.ToActor(), id, ct));

    public static async Task<Ok<SceneView>> Close(Guid id, ClaimsPrincipal user, SceneDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.CloseAsync(user.ToActor(), id, ct));

    public static async Task<Ok<SceneView>> Withdraw(Guid id, ClaimsPrincipal user, SceneDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.WithdrawAsync(user.ToActor(), id, ct));

    public static async Task<Ok<ProposalList>> Proposals(Guid id, ClaimsPrincipal user, SceneDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.ProposalsAsync(user.ToActor(), id, ct));

    public static async Task<Created<ProposalView>> Submit(Guid id, ProposalInput input, ClaimsPrincipal user, SceneDesk desk, CancellationToken ct)
    {
        var proposal = await desk.SubmitAsync(user.ToActor(), id, input, ct);
        return TypedResults.Created($"/api/v1/scenes/scenes/{id}/proposals/{proposal.Id}", proposal);
    }

    public static async Task<Ok<ProposalView>> EditProposal(Guid id, Guid proposalId, ProposalInput input, ClaimsPrincipal user, SceneDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.EditProposalAsync(user.ToActor(), id, proposalId, input, ct));

    public static async Task<Ok<ProposalView>> WithdrawProposal(Guid id, Guid proposalId, ClaimsPrincipal user, SceneDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.WithdrawProposalAsync(user.ToActor(), id, proposalId, ct));

    public static async Task<Ok<ProposalView>> Shortlist(Guid id, Guid proposalId, DecisionInput input, ClaimsPrincipal user, SceneDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.ShortlistAsync(user.ToActor(), id, proposalId, input, ct));

    public static async Task<Ok<ProposalView>> Decline(Guid id, Guid proposalId, DecisionInput input, ClaimsPrincipal user, SceneDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.DeclineAsync(user.ToActor(), id, proposalId, input, ct));

    public static async Task<Ok<ProposalView>> StartTrial(Guid id, Guid proposalId, TrialStartInput input, ClaimsPrincipal user, SceneDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.StartTrialAsync(user.ToActor(), id, proposalId, input, ct));

    public static async Task<Ok<ProposalView>> RecordTrial(Guid id, Guid proposalId, TrialResultInput input, ClaimsPrincipal user, SceneDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.RecordTrialAsync(user.ToActor(), id, proposalId, input, ct));

    public static async Task<Ok<ProposalView>> Adopt(Guid id, Guid proposalId, PurchaseInput input, ClaimsPrincipal user, SceneDesk desk, CancellationToken ct) =>
        TypedResults.Ok(await desk.AdoptAsync(user.ToActor(), id, proposalId, input, ct));
}

/// <summary>Chinese names for exports (pages use the resx).</summary>
internal static class SceneLabels
{
    public static string Kind(SceneKind kind) => kind switch
    {
        SceneKind.LogisticsDelivery => "物流配送",
        SceneKind.SecurityPatrol => "安防巡逻",
        SceneKind.EnvironmentalMonitoring => "环境监测",
        SceneKind.Factory => "工厂场景",
        SceneKind.PublicService => "城市治理与公共服务",
        _ => "其他",
    };

    public static string Status(SceneStatus status) => status switch
    {
        SceneStatus.Draft => "草稿",
        SceneStatus.Published => "征集中",
        SceneStatus.Closed => "征集截止",
        SceneStatus.Adopted => "已落地",
        _ => "已撤回",
    };

    public static string Offers(SceneOffer offers) => string.Join("、", new[]
    {
        (SceneOffer.TestSite, "测试场地"), (SceneOffer.Data, "开放数据"), (SceneOffer.Budget, "经费支持"), (SceneOffer.PurchaseCommitment, "采购承诺"),
    }.Where(o => offers.HasFlag(o.Item1)).Select(o => o.Item2));
}
