using System.Reflection;
using Gaoxin.Data.Http;
using Gaoxin.Data.Modules;
using Gaoxin.Platforms.Directory;
using Gaoxin.Platforms.Registry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Platforms;

/// <summary>
/// The module's one door: innovation platforms (创新平台) — key laboratories, engineering centres, enterprise technology
/// centres, new-type R&amp;D institutions, expert workstations, pilot platforms — with their level, host, co-builders,
/// evaluations and shared equipment; the public directory; the home page's figures.
/// </summary>
public sealed class PlatformsModule : IGaoxinModule
{
    public string Key => "platforms";

    public void BuildModel(ModelBuilder modelBuilder) => Data.PlatformsModel.Build(modelBuilder);

    public MigrationPart Migrations => MigrationPart.Of<Data.PlatformsSqliteMigrations, Data.PlatformsPostgresMigrations>(Key);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PlatformRegistry>();
        services.AddScoped<PublicDirectory>();
        services.AddScoped<IHeadlineFigureSource, Figures.PlatformHeadlineFigures>();
        services.AddScoped<Gaoxin.Contracts.Platforms.IPlatformsFigures, Contracts.PlatformsFiguresSource>();
        services.AddScoped<Gaoxin.Data.Seeding.IDemoSeeder, Demo.PlatformsDemoSeeder>();
    }

    /// <summary>The table of contents: one line per route; each handler lives in the feature folder it serves.</summary>
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var readers = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(PlatformsAccess.Readers));
        var staff = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(PlatformsAccess.Staff));
        var editors = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(PlatformsAccess.Editors));
        var open = api.MapGroup("/").ProducesRefusals().AllowAnonymous();

        readers.MapGet("/", PlatformsApi.List).WithSummary("创新平台列表（企业、院所只见本单位依托的平台）；q=名称、文号或共建单位，type，level，hostId，state，page，size≤200");
        staff.MapGet("/export", PlatformsApi.Export).WithSummary("导出创新平台列表（Excel，与列表同一筛选；园区工作人员）");
        staff.MapGet("/counts", PlatformsApi.Counts).WithSummary("在认定期内的平台按级别计数、省级及以上合计、共建高校院所数、评估逾期数");
        readers.MapGet("/{id:guid}", PlatformsApi.Get).WithSummary("平台详情：共建单位、评估记录与下次评估日期、共享设备");
        editors.MapPost("/", PlatformsApi.Create).Validate<PlatformInput>().WithSummary("登记平台：依托单位须为本园区机构；国家级、省级须填文号；认定日期不晚于今天；同一依托单位不得重复登记同名平台（422）");
        editors.MapPut("/{id:guid}", PlatformsApi.Edit).Validate<PlatformInput>().WithSummary("修改平台；version 不符 409");
        editors.MapPost("/{id:guid}/evaluations", PlatformsApi.Evaluate).Validate<EvaluationInput>().WithSummary("登记评估结果（日期不早于认定日期、不晚于今天）；不合格即撤销认定");
        editors.MapPost("/{id:guid}/revoke", PlatformsApi.Revoke).Validate<RevokeInput>().WithSummary("撤销认定（须填写原因）；version 不符 409");
        editors.MapPost("/{id:guid}/equipment", PlatformsApi.AddEquipment).Validate<EquipmentInput>().WithSummary("登记共享设备（名称、型号、原值（元）、是否对外开放、预约联系方式）");
        editors.MapDelete("/{id:guid}/equipment/{equipmentId:guid}", PlatformsApi.RemoveEquipment).WithSummary("移除共享设备");
        open.MapGet("/public/directory", DirectoryApi.Read).WithSummary("创新平台公开名录（免登录）：省级及以上、在认定期内的平台，不含内部字段；zone=园区代码，q，type");
    }

    public Assembly? PagesAssembly => typeof(PlatformsModule).Assembly;

    public NavArea NavigationArea => NavArea.Relay;

    public IReadOnlyList<NavEntry> Navigation =>
    [
        new("/platforms", PlatformsText.Get("Nav.Platforms"), MudBlazor.Icons.Material.Filled.Science, 90, PlatformsAccess.Readers),
    ];
}
