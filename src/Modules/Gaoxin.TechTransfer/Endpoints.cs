using Gaoxin.Data.Http;
using Gaoxin.Kernel.Access;
using Gaoxin.TechTransfer.Achievements;
using Gaoxin.TechTransfer.Analytics;
using Gaoxin.TechTransfer.Package;
using Gaoxin.TechTransfer.Projects;
using Gaoxin.TechTransfer.Screening;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gaoxin.TechTransfer;

/// <summary>
/// The relay's HTTP API under /api/v1/tech-transfer, one line per route: every route requires sign-in and records are
/// scoped by organisation; the handlers live in their feature folders and refusals become problem details in the host.
/// </summary>
internal static class Endpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var relay = api.MapGroup(string.Empty).ProducesRefusals();
        var staff = TechTransferAccess.ZoneStaff;
        var operators = TechTransferAccess.Operators;

        relay.MapGet("/achievements", AchievementEndpoints.List).WithSummary("科技成果列表");
        relay.MapGet("/achievements/export", AchievementEndpoints.Export).WithSummary("导出科技成果（与导入模板同一格式）");
        relay.MapGet("/achievements/template", AchievementEndpoints.Template).WithSummary("科技成果导入模板");
        relay.MapPost("/achievements", AchievementEndpoints.Create).WithSummary("登记科技成果（专利号按国家知识产权局规则校验）");
        relay.MapPut("/achievements/{id:guid}", AchievementEndpoints.Change).RequireAuthorization(p => p.RequireRole(TechTransferAccess.Submitters))
            .WithSummary("修改科技成果（校验同登记；version 为所见版本，已被他人修改时 409）");
        relay.MapDelete("/achievements/{id:guid}", AchievementEndpoints.Delete).RequireAuthorization(p => p.RequireRole(TechTransferAccess.Submitters))
            .WithSummary("删除科技成果（已用于转化项目时拒绝）");
        relay.MapPost("/achievements/import", AchievementEndpoints.Import).AcceptsWorkbook().RequireAuthorization(p => p.RequireRole(TechTransferAccess.Submitters))
            .WithSummary("批量导入科技成果（请求体为 .xlsx）：有错误时不保存任何行，除非 validRowsOnly=true");

        relay.MapGet("/projects", ProjectEndpoints.List).WithSummary("转化项目列表");
        relay.MapGet("/projects/board", ProjectEndpoints.Board).WithSummary("项目看板：各阶段项目数与最近的项目");
        relay.MapGet("/projects/export", ProjectEndpoints.Export).WithSummary("导出转化项目（Excel）");
        relay.MapGet("/projects/{id:guid}", ProjectEndpoints.Detail).WithSummary("项目详情：成果、支持需求、方案、里程碑、评审结果");
        relay.MapGet("/projects/{id:guid}/timeline", ProjectEndpoints.Timeline).WithSummary("项目时间线");
        relay.MapPost("/projects", ProjectEndpoints.Propose).WithSummary("申报转化项目");
        relay.MapPost("/projects/{id:guid}/move", ProjectEndpoints.Move).RequireAuthorization(p => p.RequireRole(operators)).WithSummary("变更项目阶段（按阶段规则校验；expectedVersion 防止并发覆盖）");
        relay.MapPut("/projects/{id:guid}", ProjectEndpoints.Revise).RequireAuthorization(p => p.RequireRole(TechTransferAccess.Submitters))
            .WithSummary("修改申报（仅限已申报、尚未进入筛选的项目：名称、简介、团队、拟注册企业名称、产业；version 为所见版本，已被修改时 409）");
        relay.MapPost("/projects/{id:guid}/withdraw", ProjectEndpoints.Withdraw).RequireAuthorization(p => p.RequireRole(TechTransferAccess.Submitters))
            .WithSummary("撤回申报（仅限已申报、尚未进入筛选的项目；须说明原因；expectedVersion 防止并发覆盖）");
        relay.MapPut("/projects/{id:guid}/company", ProjectEndpoints.SetCompany).RequireAuthorization(p => p.RequireRole(operators)).WithSummary("设置承接企业");
        relay.MapPut("/projects/{id:guid}/pilot-plan", ProjectEndpoints.SavePilotPlan).WithSummary("保存中试方案");
        relay.MapPut("/projects/{id:guid}/industrialization-plan", ProjectEndpoints.SaveIndustrializationPlan).WithSummary("保存产业化方案");
        relay.MapPost("/projects/{id:guid}/milestones", ProjectEndpoints.AddMilestone).WithSummary("新增里程碑");
        relay.MapPost("/projects/{id:guid}/milestones/{milestoneId:guid}/evidence", ProjectEndpoints.SubmitEvidence).WithSummary("提交里程碑验收材料");
        relay.MapPost("/projects/{id:guid}/milestones/{milestoneId:guid}/decision", ProjectEndpoints.DecideMilestone).RequireAuthorization(p => p.RequireRole(operators)).WithSummary("验收或退回里程碑");
        relay.MapPost("/projects/{id:guid}/outcomes", ProjectEndpoints.ReportOutcome).RequireAuthorization(p => p.RequireRole(TechTransferAccess.Submitters)).WithSummary("登记产品销售（据此判定产业化是否成功）");

        relay.MapGet("/projects/{id:guid}/package", PackageEndpoints.ForProject).WithSummary("项目支持包：中试、孵化、基金、场景、人才的落实情况与缺口（days：入选满多少天未落实即为缺口，默认 90）");
        relay.MapGet("/package", PackageEndpoints.Matrix).WithSummary("支持包矩阵：入选项目 × 五项支持，可按阶段、产业、缺口项、有无缺口筛选，按编号或名称搜索");
        relay.MapGet("/package/export", PackageEndpoints.Export).WithSummary("导出支持包矩阵（Excel）");

        relay.MapGet("/rounds", RoundEndpoints.List).RequireAuthorization(p => p.RequireRole(staff)).WithSummary("筛选轮次");
        relay.MapGet("/reviewers", RoundEndpoints.Reviewers).RequireAuthorization(p => p.RequireRole(operators)).WithSummary("可指派的评审专家");
        relay.MapPost("/rounds", RoundEndpoints.Open).RequireAuthorization(p => p.RequireRole(operators)).WithSummary("开启筛选轮次：评分项与权重、评审专家、项目、截止时间");
        relay.MapGet("/rounds/{id:guid}", RoundEndpoints.View).RequireAuthorization(p => p.RequireRole(staff)).WithSummary("轮次详情与排名（评审期间专家看不到评分）");
        relay.MapGet("/rounds/{id:guid}/my-reviews", RoundEndpoints.MyReviews).RequireAuthorization(p => p.RequireRole(staff)).WithSummary("评审专家本人的评分表");
        relay.MapPost("/rounds/{id:guid}/projects/{projectId:guid}/conflict", RoundEndpoints.DeclareConflict).RequireAuthorization(p => p.RequireRole(staff)).WithSummary("申报利益冲突（回避）");
        relay.MapPut("/rounds/{id:guid}/projects/{projectId:guid}/review", RoundEndpoints.Score).RequireAuthorization(p => p.RequireRole(staff)).WithSummary("提交评分（0–100，截止前可修改）");
        relay.MapPost("/rounds/{id:guid}/projects/{projectId:guid}/decision", RoundEndpoints.Decide).RequireAuthorization(p => p.RequireRole(operators)).WithSummary("对项目作出入选/不予支持决定");
        relay.MapPost("/rounds/{id:guid}/publish", RoundEndpoints.Publish).RequireAuthorization(p => p.RequireRole(operators)).WithSummary("公布评审结果");
        relay.MapGet("/rounds/{id:guid}/export", RoundEndpoints.Export).RequireAuthorization(p => p.RequireRole(staff)).WithSummary("导出轮次排名与决定（Excel）");

        relay.MapGet("/analytics", AnalyticsEndpoints.Report).RequireAuthorization(p => p.RequireRole(staff))
            .WithSummary("转化成效：漏斗、分组成功率（Wilson 95% 区间）、各阶段用时、年度转化与新增产值");
        relay.MapGet("/analytics/export", AnalyticsEndpoints.Export).RequireAuthorization(p => p.RequireRole(staff)).WithSummary("导出转化成效（Excel）");
        relay.MapGet("/success-definition", ProjectEndpoints.SuccessDefinition).WithSummary("现行产业化成功标准");
        relay.MapPut("/success-definition", ProjectEndpoints.SaveSuccessDefinition).RequireAuthorization(p => p.RequireRole(Roles.ZoneAdmin))
            .WithSummary("修改产业化成功标准（今日起生效，全部项目按新标准重新判定）");
    }
}
