using System.Reflection;
using Gaoxin.Data.Http;
using Gaoxin.Data.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Mobility;

/// <summary>
/// The module's one door: unmanned vehicles (无人车) — the fleet registry of the zone's operators, the policy numbers as
/// versioned data, each vehicle's eligibility, and the dedicated plates (专属号牌) with their public lookup.
/// </summary>
public sealed class MobilityModule : IGaoxinModule
{
    public string Key => "mobility";

    public void BuildModel(ModelBuilder modelBuilder) => Data.MobilityModel.Build(modelBuilder);

    public MigrationPart Migrations => MigrationPart.Of<Data.MobilitySqliteMigrations, Data.MobilityPostgresMigrations>(Key);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<Policy.PolicyBook>();
        services.AddScoped<Fleet.FleetDesk>();
        services.AddScoped<Plates.PlateRegister>();
        services.AddScoped<Rights.RoadRightDesk>();
        // The plate lookup's permitted scenes come from the road rights in force.
        services.AddScoped<Plates.IPlateScenes, Rights.RightScenes>();
        services.AddScoped<Gaoxin.Data.Seeding.IDemoSeeder, Demo.MobilityDemoSeeder>();
        // Telemetry (MDS agency): operator tokens are their own authentication scheme, used only by the agency endpoints.
        services.AddSingleton(Telemetry.TelemetryLimits.From(configuration));
        services.AddScoped<Telemetry.AgencyDesk>();
        services.AddScoped<Telemetry.TokenDesk>();
        services.AddScoped<Telemetry.TelemetryDesk>();
        services.AddScoped<Telemetry.CommsSweep>();
        if (configuration.GetValue("Mobility:Telemetry:CommsWatch", false))
        {
            services.AddHostedService<Telemetry.CommsWatchService>();
        }

        services.AddAuthentication().AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, Telemetry.OperatorTokenHandler>(
            Telemetry.OperatorTokenHandler.SchemeName, null);
    }

    /// <summary>The table of contents: one line per route; each handler lives in the feature folder it serves.</summary>
    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        var readers = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(MobilityAccess.Readers));
        var staff = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(MobilityAccess.Staff));
        var keepers = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(MobilityAccess.FleetKeepers));
        var authority = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(MobilityAccess.Authority));
        var open = api.MapGroup("/").ProducesRefusals().AllowAnonymous();
        var issuers = api.MapGroup("/").ProducesRefusals().RequireAuthorization(p => p.RequireRole(MobilityAccess.TokenIssuers));
        var agency = api.MapGroup("/agency").ProducesRefusals().AuthenticatedBy(Telemetry.OperatorTokenHandler.SchemeName);

        // Policy (政策参数：按生效日期的版本)
        readers.MapGet("/policy", Policy.PolicyApi.Versions).WithSummary("无人车政策参数的各版本（最低保额、道路测试时长或里程、尺寸与设计车速上限、号牌号段），标明现行版本");
        authority.MapPost("/policy", Policy.PolicyApi.Add).Validate<Policy.PolicyInput>().WithSummary("新增政策版本（管委会；自生效日期起适用，不能追溯，旧版本不变）");

        // Fleet registry (车辆登记)
        readers.MapGet("/operators", Fleet.FleetApi.Operators).WithSummary("本园区的无人车运营企业（运营企业只见本单位）");
        readers.MapGet("/vehicles", Fleet.FleetApi.List).WithSummary("车辆列表（运营企业只见本单位）；q=VIN、车型或号牌，operatorId，level，plated，page，size≤200");
        staff.MapGet("/vehicles/export", Fleet.FleetApi.Export).WithSummary("导出车辆列表（Excel，与列表同一筛选；园区工作人员）");
        readers.MapGet("/vehicles/{id:guid}", Fleet.FleetApi.Get).WithSummary("车辆详情：资格（各规则及原因）、保险、安全人员、道路测试、号牌");
        readers.MapGet("/vehicles/{id:guid}/eligibility", Fleet.FleetApi.Eligibility).WithSummary("车辆资格：按某日（on，默认今天）现行政策逐条检查保险、道路测试、安全人员、尺寸、设计车速、VIN 校验位");
        keepers.MapPost("/vehicles", Fleet.FleetApi.Register).Validate<Fleet.VehicleInput>().WithSummary("登记车辆（运营企业为本单位；管委会、创新中心须指明运营单位）；VIN 校验位不符 422，重复 409");
        keepers.MapPut("/vehicles/{id:guid}", Fleet.FleetApi.Correct).Validate<Fleet.VehicleInput>().WithSummary("修改车辆技术参数（VIN 与运营单位不可改）");
        keepers.MapPost("/vehicles/{id:guid}/insurance", Fleet.FleetApi.Insure).Validate<Fleet.InsuranceInput>().WithSummary("登记保险（保险公司、保单号、保额、起止日期）");
        keepers.MapPost("/vehicles/{id:guid}/staff", Fleet.FleetApi.Assign).Validate<Fleet.StaffInput>().WithSummary("配备安全员或远程安全员");
        keepers.MapPost("/vehicles/{id:guid}/staff/{staffId:guid}/end", Fleet.FleetApi.EndAssignment).Validate<Fleet.StaffEndInput>().WithSummary("安全人员离岗");
        keepers.MapPost("/vehicles/{id:guid}/road-tests", Fleet.FleetApi.RoadTest).Validate<Fleet.RoadTestInput>().WithSummary("登记道路测试（测试场时长、里程）");

        // Dedicated plates (专属号牌)
        readers.MapGet("/plates", Plates.PlatesApi.List).WithSummary("号牌登记簿（运营企业只见本单位）；q=号牌、VIN 或车型，status，operatorId，page，size≤200");
        readers.MapGet("/plates/{id:guid}", Plates.PlatesApi.Get).WithSummary("号牌详情与发放、暂停、恢复、注销记录");
        authority.MapPost("/plates", Plates.PlatesApi.Issue).Validate<Plates.PlateIssueInput>().WithSummary("发放专属号牌（管委会）：现行号段内，车辆须具备资格（否则 422 指明规则），一车一牌，同号并发仅一方成功（409）");
        authority.MapPost("/plates/{id:guid}/suspend", Plates.PlatesApi.Suspend).Validate<Plates.PlateReasonInput>().WithSummary("暂停号牌（管委会，须填写原因）");
        authority.MapPost("/plates/{id:guid}/reinstate", Plates.PlatesApi.Reinstate).Validate<Plates.PlateReasonInput>().WithSummary("恢复暂停的号牌（管委会，须填写原因）");
        authority.MapPost("/plates/{id:guid}/revoke", Plates.PlatesApi.Revoke).Validate<Plates.PlateReasonInput>().WithSummary("注销号牌（管委会，须填写原因；号码不再发放）");
        // Road rights (路权许可)
        readers.MapGet("/rights", Rights.RightsApi.List).WithSummary("路权许可列表（运营企业只见本单位）；q=名称，status，scenario，operatorId，page，size≤200");
        staff.MapGet("/rights/export", Rights.RightsApi.Export).WithSummary("导出路权许可列表（Excel，与列表同一筛选；园区工作人员）");
        readers.MapGet("/rights/{id:guid}", Rights.RightsApi.Get).WithSummary("路权许可详情：车辆、准许区域（GeoJSON）、时段、限速、有效期、前置条件逐条检查结果与办理记录");
        keepers.MapPost("/rights", Rights.RightsApi.Apply).Validate<Rights.RoadRightInput>().WithSummary("申请路权许可（运营企业为本单位车辆；管委会、创新中心须指明运营单位）：区域须为自贡范围内的有效多边形，限速与有效期不超过政策");
        keepers.MapPut("/rights/{id:guid}", Rights.RightsApi.Edit).Validate<Rights.RoadRightInput>().WithSummary("修改尚未进入审核的申请；version 不符 409");
        authority.MapPost("/rights/{id:guid}/review", Rights.RightsApi.Review).Validate<Rights.RightDecisionInput>().WithSummary("受理申请，进入审核（管委会）");
        authority.MapPost("/rights/{id:guid}/grant", Rights.RightsApi.Grant).Validate<Rights.RightDecisionInput>().WithSummary("许可（管委会）：各车辆具备资格、属申请单位，限速、有效期、区域合规，否则 422 指明车辆与规则；version 不符 409");
        authority.MapPost("/rights/{id:guid}/refuse", Rights.RightsApi.Refuse).Validate<Rights.RightDecisionInput>().WithSummary("不予许可（管委会，须填写原因）");
        authority.MapPost("/rights/{id:guid}/suspend", Rights.RightsApi.Suspend).Validate<Rights.RightDecisionInput>().WithSummary("暂停路权（管委会，须填写原因）");
        authority.MapPost("/rights/{id:guid}/reinstate", Rights.RightsApi.Reinstate).Validate<Rights.RightDecisionInput>().WithSummary("恢复暂停的路权（管委会；前置条件重新检查）");
        authority.MapPost("/rights/{id:guid}/revoke", Rights.RightsApi.Revoke).Validate<Rights.RightDecisionInput>().WithSummary("撤销路权（管委会，须填写原因）");
        readers.MapPost("/rights/{id:guid}/check", Rights.RightsApi.Check).Validate<Rights.RightCheckInput>().WithSummary("检查一个位置（纬度、经度、车速 km/h、时间）是否符合该路权：区域（边界上算在内）、时段（止时不含）、限速（等于限速不算超速）、有效期");
        // Operator tokens and the MDS agency API (运营企业数据接入)
        issuers.MapGet("/operator-tokens", Telemetry.TelemetryApi.Tokens).WithSummary("运营企业接入令牌列表（不含令牌本身；运营企业只见本单位）；operatorId");
        issuers.MapPost("/operator-tokens", Telemetry.TelemetryApi.Issue).Validate<Telemetry.OperatorTokenInput>().WithSummary("签发接入令牌（管委会为任一运营企业，运营企业为本单位）：令牌明文仅在此答复中出现一次，只保存其 SHA-256");
        issuers.MapPost("/operator-tokens/{id:guid}/revoke", Telemetry.TelemetryApi.Revoke).WithSummary("撤销接入令牌（立即失效）");
        agency.MapPost("/vehicles", Telemetry.AgencyApi.Vehicles).Validate<Telemetry.MdsVehiclesInput>().WithSummary("MDS：登记设备（Bearer 运营企业令牌）；data[]：device_id ↔ vehicle_id（本企业车辆的 VIN）；整批接受或整批拒绝");
        agency.MapPost("/vehicles/events", Telemetry.AgencyApi.Events).Validate<Telemetry.MdsEventsInput>().WithSummary("MDS：车辆事件（Bearer 运营企业令牌）；data[]：device_id、event_id、vehicle_state、event_types、timestamp（毫秒）；按 event_id 幂等");
        agency.MapPost("/vehicles/telemetry", Telemetry.AgencyApi.Telemetry).Validate<Telemetry.MdsTelemetryInput>().WithSummary("MDS：轨迹点（Bearer 运营企业令牌），每批至多 1000 点；整批接受或整批拒绝（400 逐点说明），按 telemetry_id 幂等；到达即检查区域、时段、限速、路权与保险");

        // Live checks and positions (违规记录、位置)
        readers.MapGet("/violations", Telemetry.TelemetryApi.Violations).WithSummary("违规记录（运营企业只见本单位）；operatorId，vehicleId，rule，status，page，size≤200");
        staff.MapGet("/violations/export", Telemetry.TelemetryApi.Export).WithSummary("导出违规记录（Excel，与列表同一筛选；园区工作人员）");
        readers.MapGet("/vehicles/{id:guid}/position", Telemetry.TelemetryApi.Latest).WithSummary("车辆最新位置（无轨迹时 204）");
        readers.MapGet("/vehicles/{id:guid}/telemetry", Telemetry.TelemetryApi.Day).WithSummary("车辆某日（北京时间，day，默认今天）的轨迹点，按时间排序");
        open.MapGet("/public/plates/{plate}", Plates.PlatesApi.Lookup).WithSummary("号牌公开查询（免登录）：是否有效、状态、运营单位、车型、发牌日期、准许的示范场景；zone=园区代码");
    }

    public Assembly? PagesAssembly => typeof(MobilityModule).Assembly;

    public NavArea NavigationArea => NavArea.Scenes;

    public IReadOnlyList<NavEntry> Navigation =>
    [
        new("/mobility", MobilityText.Get("Nav.Fleet"), MudBlazor.Icons.Material.Filled.LocalShipping, 100, MobilityAccess.Readers),
        new("/mobility/plates", MobilityText.Get("Nav.Plates"), MudBlazor.Icons.Material.Filled.Badge, 101, MobilityAccess.Readers),
        new("/mobility/rights", MobilityText.Get("Nav.Rights"), MudBlazor.Icons.Material.Filled.Route, 102, MobilityAccess.Readers),
        new("/mobility/violations", MobilityText.Get("Nav.Violations"), MudBlazor.Icons.Material.Filled.ReportProblem, 103, MobilityAccess.Readers),
    ];
}
