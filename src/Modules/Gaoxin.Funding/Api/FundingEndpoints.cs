using Gaoxin.Data.Http;
using Gaoxin.Funding.Assessment;
using Gaoxin.Funding.Awards;
using Gaoxin.Funding.Decisions;
using Gaoxin.Funding.Instruments;
using Gaoxin.Funding.Ledger;
using Gaoxin.Funding.Policy;
using Gaoxin.Funding.Proposals;
using Gaoxin.Funding.Statements;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gaoxin.Funding.Api;

/// <summary>
/// /api/v1/funding, the table of contents: every endpoint requires a role; enterprise and institute users reach only their
/// organisation's records. The handlers live in the folder they serve; refusals are thrown and answered by the host.
/// </summary>
internal static class FundingEndpoints
{
    public static void Map(IEndpointRouteBuilder root)
    {
        var api = root.MapGroup(string.Empty).ProducesRefusals();
        string[] readers = FundingAccess.Readers, staff = FundingAccess.Staff, deciders = FundingAccess.Deciders, managers = FundingAccess.Managers;

        api.MapGet("/dashboard", StatementHandlers.Dashboard).For(staff).WithSummary("资金看板：年度预算、承诺、拨付、可用；按等级、按资助方式");
        api.MapGet("/years/{year:int}", LedgerHandlers.Position).For(staff).WithSummary("年度资金状况（由台账汇总）");
        api.MapPut("/years/{year:int}/budget", AwardHandlers.SetBudget).Validate<BudgetInput>().For(deciders).WithSummary("设定或调整年度预算");

        api.MapGet("/policy", PolicyHandlers.InForce).For(readers).WithSummary("某日有效的资金政策版本");
        api.MapGet("/policies", PolicyHandlers.All).For(staff).WithSummary("资金政策全部版本");
        api.MapPost("/policies", PolicyHandlers.Add).Validate<PolicyInput>().For(deciders).WithSummary("发布新的政策版本（自生效日起适用）");

        api.MapGet("/applications", AwardHandlers.Applications).For(readers).WithSummary("资金申请队列（企业仅见本机构）");
        api.MapGet("/applications/{id:guid}", AwardHandlers.Application).For(readers).WithSummary("资金申请详情");
        api.MapPost("/applications", AwardHandlers.Submit).Validate<ApplicationInput>().For(FundingAccess.Applicants).WithSummary("提交资金申请");
        api.MapPost("/applications/{id:guid}/recommend", AwardHandlers.Recommend).Validate<RecommendInput>().For(FundingAccess.Recommenders).WithSummary("运营方推荐（按等级与规则核对）");
        api.MapPost("/applications/{id:guid}/approve", DecisionHandlers.Approve).Validate<DecisionInput>().For(deciders).WithSummary("管委会批准：承诺资金并生成分期");
        api.MapPost("/applications/{id:guid}/reject", AwardHandlers.Reject).Validate<DecisionInput>().For(managers).WithSummary("不予支持");

        api.MapGet("/awards", AwardHandlers.Awards).For(readers).WithSummary("资助列表（企业仅见本机构）");
        api.MapGet("/awards/{id:guid}", AwardHandlers.Award).For(readers).WithSummary("资助详情：分期、拨付、余额");
        api.MapPost("/awards/{id:guid}/cancel", AwardHandlers.Cancel).Validate<CancelInput>().For(deciders).WithSummary("撤销资助，释放未拨付余额");
        api.MapPut("/awards/{id:guid}/tranches/{number:int}/milestone", AwardHandlers.LinkMilestone).For(managers).WithSummary("为分期关联项目计划的里程碑");
        api.MapPost("/awards/{id:guid}/tranches/{number:int}/payments", DecisionHandlers.Pay).Validate<PaymentInput>().For(deciders).WithSummary("登记拨付（幂等键防重复；失败拨付亦登记）");

        api.MapGet("/instruments", InstrumentHandlers.List).For(readers).WithSummary("先投后股列表");
        api.MapGet("/instruments/alerts", InstrumentHandlers.Alerts).For(readers)
            .WithSummary($"到期提醒：未转股且期限已过或在 days 天内到期（默认 {InstrumentReads.AlertWindowDays} 天；企业仅见本机构）");
        api.MapGet("/instruments/{id:guid}", InstrumentHandlers.Instrument).For(readers).WithSummary("先投后股全过程");
        api.MapPost("/instruments/{id:guid}/convert", InstrumentHandlers.Convert).Validate<ConversionInput>().For(deciders).WithSummary("转股");
        api.MapPost("/instruments/{id:guid}/exit", InstrumentHandlers.Exit).Validate<ExitInput>().For(deciders).WithSummary("退出（合理回报封顶，回流至收到当年）");
        api.MapPost("/instruments/{id:guid}/reviews", InstrumentHandlers.OpenReview).Validate<ReviewInput>().For(managers).WithSummary("发起尽职免责审查");
        api.MapPost("/reviews/{id:guid}/decision", InstrumentHandlers.DecideReview).Validate<ReviewDecisionInput>().For(managers).WithSummary("审批尽职免责审查（运营方与管委会各一）");
        api.MapPost("/instruments/{id:guid}/write-off", InstrumentHandlers.WriteOff).For(deciders).WithSummary("核销（须经批准的尽职免责审查）");
        api.MapPost("/instruments/{id:guid}/settle", InstrumentHandlers.Settle).Validate<SettleInput>().For(deciders).WithSummary("到期结清（转为资助或还款）");

        api.MapGet("/proposals", ProposalHandlers.List).For(staff).WithSummary("转股建议（外部融资轮次交割时生成）；status=Pending|Approved|Rejected");
        api.MapPost("/proposals/{id:guid}/approve", ProposalHandlers.Approve).Validate<ApproveProposalInput>().For(deciders).WithSummary("批准转股建议：按轮次价格与折扣转股（同人工转股，记入台账）");
        api.MapPost("/proposals/{id:guid}/reject", ProposalHandlers.Reject).Validate<RejectProposalInput>().For(deciders).WithSummary("驳回转股建议（须填写理由）");

        api.MapGet("/ledger", LedgerHandlers.Entries).For(staff).WithSummary("资金台账（按年度、类型、项目、资助筛选）");
        api.MapGet("/ledger/verify", LedgerHandlers.Verify).For(staff).WithSummary("校验台账哈希链");

        api.MapGet("/statements/years/{year:int}.xlsx", StatementHandlers.YearExcel).For(staff).WithSummary("年度对账单（Excel）");
        api.MapGet("/statements/years/{year:int}.pdf", StatementHandlers.YearPdf).For(staff).WithSummary("年度对账单（PDF）");
        api.MapGet("/statements/projects/{projectId:guid}.xlsx", StatementHandlers.ProjectExcel).For(readers).WithSummary("项目对账单（Excel）");
        api.MapGet("/statements/projects/{projectId:guid}.pdf", StatementHandlers.ProjectPdf).For(readers).WithSummary("项目对账单（PDF）");

        api.MapGet("/assessments/{year:int}", AssessmentHandlers.Stored).For(staff).WithSummary("运营方年度考核结果");
        api.MapPost("/assessments/preview", AssessmentHandlers.Preview).Validate<AssessmentInput>().For(managers).WithSummary("试算考核得分与运营经费");
        api.MapPost("/assessments", AssessmentHandlers.Save).Validate<AssessmentInput>().For(deciders).WithSummary("确定年度考核结果");
        api.MapGet("/assessments/{year:int}/report.pdf", AssessmentHandlers.Report).For(staff).WithSummary("年度考核报告（PDF）");
    }

    /// <summary>Only these roles may call the endpoint.</summary>
    private static RouteHandlerBuilder For(this RouteHandlerBuilder endpoint, string[] roles) => endpoint.RequireAuthorization(p => p.RequireRole(roles));
}
