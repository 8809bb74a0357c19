using Gaoxin.Data.Http;
using Gaoxin.Enterprises.Cultivation;
using Gaoxin.Enterprises.Evaluations;
using Gaoxin.Enterprises.Import;
using Gaoxin.Enterprises.Policies;
using Gaoxin.Enterprises.Registry;
using Gaoxin.Enterprises.Transformation;
using Gaoxin.Kernel.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gaoxin.Enterprises;

/// <summary>
/// /api/v1/enterprises, one line per route. Records are filtered by who may see them (<see cref="EnterpriseAccess"/>); handlers
/// live in their feature folders and throw refusals, which the host answers as problems.
/// </summary>
internal static class EnterprisesEndpoints
{
    public static void Map(IEndpointRouteBuilder root)
    {
        var api = root.MapGroup(string.Empty).ProducesRefusals();
        var registrars = api.MapGroup(string.Empty).RequireAuthorization(p => p.RequireRole(EnterpriseAccess.Registrars));
        var staff = api.MapGroup(string.Empty).RequireAuthorization(p => p.RequireRole(EnterpriseAccess.ZoneStaff));
        var scorers = api.MapGroup(string.Empty).RequireAuthorization(p => p.RequireRole(EnterpriseAccess.Scorers));
        var committee = api.MapGroup(string.Empty).RequireAuthorization(p => p.RequireRole(Roles.ZoneAdmin));

        api.MapGet("/", RegistryApi.List).WithSummary("企业列表（按产业、梯度、规模、规上筛选）");
        api.MapGet("/export", RegistryApi.Export).WithSummary("导出企业列表（Excel）");
        api.MapGet("/transformation-rate", RegistryApi.Rate).WithSummary("智改数转率（规上企业）");
        api.MapGet("/{id:guid}", RegistryApi.Get).WithSummary("企业详情：档案、年度数据、资质、智改数转");
        registrars.MapPost("/", RegistryApi.Create).Validate<EnterpriseInput>().WithSummary("新建企业");
        api.MapPut("/{id:guid}", RegistryApi.Update).Validate<EnterpriseInput>().WithSummary("修改企业档案（企业用户仅可改地址与联系人）");
        api.MapPut("/{id:guid}/years/{year:int}", RegistryApi.PutYear).WithSummary("录入或修改年度数据");
        registrars.MapPost("/{id:guid}/certificates", RegistryApi.AddCertificate).WithSummary("登记资质证书");
        registrars.MapDelete("/{id:guid}/certificates/{certificateId:guid}", RegistryApi.RemoveCertificate).WithSummary("删除资质证书");
        registrars.MapPost("/{id:guid}/honours", RegistryApi.AddHonour).WithSummary("登记荣誉与奖励（科技奖励及排名、创客中国 500 强、国家级同类荣誉），供直通认定条件判断");
        registrars.MapDelete("/{id:guid}/honours/{honourId:guid}", RegistryApi.RemoveHonour).WithSummary("删除荣誉记录");
        api.MapPost("/{id:guid}/transformations", RegistryApi.AddTransformation).WithSummary("登记智改数转项目");
        api.MapPost("/{id:guid}/transformations/{projectId:guid}/complete", RegistryApi.CompleteTransformation).WithSummary("智改数转项目完成：完成日期（不早于开始、不晚于今天）与成效；已完成的项目不能再次完成");
        registrars.MapGet("/import/template", ImportApi.Template).WithSummary("下载年度数据导入模板");
        api.MapGet("/annual-data/export", ImportApi.Export).WithSummary("导出年度数据（与导入模板同一格式，可修改后再导入）");
        registrars.MapPost("/import", ImportApi.Import).AcceptsWorkbook().WithSummary("导入年度数据（请求体为 .xlsx）：有错误时不保存任何行，除非 validRowsOnly=true");
        api.MapGet("/{id:guid}/evaluations", EvaluationsApi.Assess).WithSummary("按现行规则评估各项资质：逐项得分、门槛、差距、可达分数区间与梯度位置");
        scorers.MapPut("/{id:guid}/expert-scores", EvaluationsApi.PutExpertScore).WithSummary("评审专家录入专家评分项");
        registrars.MapPost("/evaluations/refresh", EvaluationsApi.Refresh).WithSummary("重新评估全区企业并保存结果");
        staff.MapGet("/cultivation", CultivationApi.Board).WithSummary("梯度培育看板：各梯度最接近的候选企业、90 天内到期证书、3 月 31 日前需年度评价的科技型中小企业");
        api.MapGet("/policies", PoliciesApi.List).WithSummary("惠企政策列表");
        committee.MapPost("/policies", PoliciesApi.Create).Validate<PolicyInput>().WithSummary("新建政策（资格条件与金额规则以规则语言表达）");
        committee.MapPut("/policies/{policyId:guid}", PoliciesApi.Update).Validate<PolicyInput>().WithSummary("修改政策");
        staff.MapGet("/policies/{policyId:guid}/matches", PoliciesApi.Matches).WithSummary("政策找企业：符合条件的企业与应享金额");
        api.MapGet("/{id:guid}/policies", PoliciesApi.ForEnterprise).WithSummary("企业可享政策与金额（免申即享）");
    }
}
