using Gaoxin.Data;
using Gaoxin.Data.Identity;
using Gaoxin.Data.Seeding;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Zones;
using Gaoxin.Services.Calendar;
using Gaoxin.Services.Catalogue;
using Gaoxin.Services.Departments;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Services.Demo;

/// <summary>
/// The zone's reviewing departments with one officer each (the demo's officer@ in 经济发展局, whose head is jfj-head@),
/// the 2025 and 2026 holiday calendars, and a catalogue of 32 items across the departments. Idempotent: nothing is
/// added once the zone has departments.
/// </summary>
internal sealed class ServicesDemoSeeder(TimeProvider time, UserManager<GaoxinUser> users) : IDemoSeeder
{
    public int Order => 70;

    /// <summary>(code, name, officer e-mail, the officer is the head).</summary>
    internal static readonly (string Code, string Name, string Officer, bool Head)[] Departments =
    [
        ("JFJ", "经济发展局", "officer@zigong.demo", false),
        ("GJJ", "规划建设局", "gjj@zigong.demo", true),
        ("HBJ", "生态环境分局", "hbj@zigong.demo", true),
        ("KJJ", "科技创新局", "kjj@zigong.demo", true),
        ("RSJ", "人力资源和社会保障局", "rsj@zigong.demo", true),
        ("SJJ", "市场监督管理分局", "sjj@zigong.demo", true),
        ("YJJ", "应急管理局", "yjj@zigong.demo", true),
    ];

    /// <summary>The head of 经济发展局, who receives its escalations.</summary>
    internal const string EconomicBureauHead = "jfj-head@zigong.demo";

    private sealed record Field(string Key, string Label, FieldKind Kind, bool Required, int? MaxLength = null, decimal? Min = null, decimal? Max = null, string? Choices = null);

    private static readonly Dictionary<string, Field> Library = new Field[]
    {
        new("project_name", "项目名称", FieldKind.Text, true, MaxLength: 100),
        new("credit_code", "统一社会信用代码", FieldKind.CreditCode, true),
        new("contact", "联系人", FieldKind.Text, true, MaxLength: 20),
        new("phone", "联系电话", FieldKind.Text, true, MaxLength: 20),
        new("address", "建设地点", FieldKind.Text, true, MaxLength: 200),
        new("total_investment", "总投资（万元）", FieldKind.Number, true, Min: 0, Max: 10_000_000),
        new("land_area", "用地面积（平方米）", FieldKind.Number, false, Min: 0, Max: 10_000_000),
        new("floor_area", "建筑面积（平方米）", FieldKind.Number, false, Min: 0, Max: 10_000_000),
        new("start_date", "计划开工日期", FieldKind.Date, false),
        new("industry", "所属产业", FieldKind.Choice, true, Choices: "新能源|智能制造|新材料|泵阀|硬质合金|其他"),
        new("energy_use", "年综合能耗（吨标准煤）", FieldKind.Number, true, Min: 0, Max: 1_000_000),
        new("employees", "职工人数", FieldKind.Number, false, Min: 0, Max: 100_000),
        new("talent_name", "人才姓名", FieldKind.Text, true, MaxLength: 40),
        new("talent_tier", "人才层次", FieldKind.Choice, true, Choices: "A类|B类|C类|D类|E类"),
        new("contract_amount", "合同成交额（万元）", FieldKind.Number, true, Min: 0, Max: 1_000_000),
        new("equipment", "设备名称及型号", FieldKind.Text, true, MaxLength: 100),
    }.ToDictionary(f => f.Key);

    private static readonly string[] Project = ["project_name", "credit_code", "contact", "phone"];

    private sealed record Item(string Code, string Name, string Department, int Legal, int? Promised, ResultKind Result, string ResultName,
        (string Name, bool Essential)[] Materials, string[] Fields);

    private static readonly Item[] Catalogue =
    [
        new("SV-001", "企业投资项目备案", "JFJ", 3, 1, ResultKind.Filing, "企业投资项目备案证明",
            [("项目备案申请表", true), ("营业执照", true), ("项目建设方案", false)], [.. Project, "address", "total_investment", "industry", "start_date"]),
        new("SV-002", "企业投资项目核准", "JFJ", 20, 10, ResultKind.Reply, "项目核准批复",
            [("项目申请报告", true), ("规划选址意见", true), ("用地预审意见", true), ("节能审查意见", false)], [.. Project, "address", "total_investment", "land_area", "industry"]),
        new("SV-003", "固定资产投资项目节能审查", "JFJ", 15, 7, ResultKind.Reply, "节能审查意见",
            [("节能报告", true), ("项目备案证明", true)], [.. Project, "total_investment", "energy_use"]),
        new("SV-004", "工业企业技术改造项目备案", "JFJ", 5, 2, ResultKind.Filing, "技术改造项目备案证明",
            [("技术改造方案", true), ("设备清单", false)], [.. Project, "total_investment", "industry"]),
        new("SV-005", "重点项目要素保障协调", "JFJ", 10, null, ResultKind.Reply, "要素保障协调意见",
            [("要素需求说明", true), ("项目进度说明", false)], [.. Project, "total_investment"]),
        new("SV-006", "建设用地规划许可证核发", "GJJ", 20, 10, ResultKind.Licence, "建设用地规划许可证",
            [("建设用地规划许可申请表", true), ("国有土地使用权出让合同", true), ("宗地图", true)], [.. Project, "address", "land_area"]),
        new("SV-007", "建设工程规划许可证核发", "GJJ", 20, 10, ResultKind.Licence, "建设工程规划许可证",
            [("建设工程规划许可申请表", true), ("建设工程设计方案", true), ("不动产权证书", true)], [.. Project, "address", "floor_area"]),
        new("SV-008", "建筑工程施工许可证核发", "GJJ", 15, 3, ResultKind.Licence, "建筑工程施工许可证",
            [("施工许可申请表", true), ("施工合同", true), ("施工图审查合格书", true), ("工程质量安全监督手续", false)], [.. Project, "address", "floor_area", "total_investment", "start_date"]),
        new("SV-009", "施工图设计文件审查备案", "GJJ", 10, 5, ResultKind.Filing, "施工图审查备案证明",
            [("施工图设计文件", true), ("审查合格书", true)], [.. Project, "floor_area"]),
        new("SV-010", "建设工程竣工验收备案", "GJJ", 15, 5, ResultKind.Filing, "竣工验收备案证明",
            [("竣工验收报告", true), ("工程质量保修书", true), ("消防验收意见", false)], [.. Project, "address", "floor_area"]),
        new("SV-011", "建设项目用地预审与选址意见书", "GJJ", 20, 10, ResultKind.Reply, "用地预审与选址意见书",
            [("用地预审与选址申请表", true), ("项目建议书或备案证明", true), ("选址论证报告", false)], [.. Project, "address", "land_area"]),
        new("SV-012", "城市建筑垃圾处置核准", "GJJ", 20, 5, ResultKind.Licence, "建筑垃圾处置核准文件",
            [("处置申请表", true), ("运输车辆清单", true)], [.. Project, "address"]),
        new("SV-013", "建设项目环境影响报告书审批", "HBJ", 60, 30, ResultKind.Reply, "环境影响报告书批复",
            [("环境影响报告书", true), ("公众参与说明", true), ("技术评估意见", false)], [.. Project, "address", "total_investment", "industry"]),
        new("SV-014", "建设项目环境影响报告表审批", "HBJ", 30, 15, ResultKind.Reply, "环境影响报告表批复",
            [("环境影响报告表", true), ("项目备案证明", false)], [.. Project, "address", "total_investment", "industry"]),
        new("SV-015", "排污许可证核发", "HBJ", 20, 10, ResultKind.Licence, "排污许可证",
            [("排污许可证申请表", true), ("自行监测方案", true), ("环评批复", true)], [.. Project, "address", "industry"]),
        new("SV-016", "建设项目竣工环境保护验收备案", "HBJ", 20, 5, ResultKind.Filing, "环保验收备案回执",
            [("竣工环境保护验收报告", true), ("验收意见", true)], [.. Project, "address"]),
        new("SV-017", "危险废物经营许可证初审", "HBJ", 20, 15, ResultKind.Reply, "危险废物经营许可初审意见",
            [("经营许可申请书", true), ("设施设备说明", true), ("应急预案", true)], [.. Project, "address"]),
        new("SV-018", "高新技术企业认定推荐", "KJJ", 20, 10, ResultKind.Reply, "高新技术企业认定推荐意见",
            [("认定申请书", true), ("知识产权证明", true), ("研发费用专项审计报告", true), ("高新技术产品收入专项审计报告", true)], [.. Project, "industry", "employees"]),
        new("SV-019", "科技型中小企业评价入库", "KJJ", 20, 10, ResultKind.Certificate, "科技型中小企业入库登记编号",
            [("企业信息表", true), ("上年度财务会计报告", true)], [.. Project, "industry", "employees"]),
        new("SV-020", "技术合同认定登记", "KJJ", 10, 3, ResultKind.Certificate, "技术合同登记证明",
            [("技术合同文本", true), ("技术合同登记表", true), ("付款凭证", false)], [.. Project, "contract_amount"]),
        new("SV-021", "研发费用加计扣除项目鉴定", "KJJ", 20, 10, ResultKind.Reply, "研发项目鉴定意见",
            [("研发项目计划书", true), ("研发费用辅助账", true)], [.. Project]),
        new("SV-022", "科技成果登记", "KJJ", 15, 5, ResultKind.Certificate, "科技成果登记证书",
            [("科技成果登记表", true), ("评价或鉴定证明", false)], [.. Project, "industry"]),
        new("SV-023", "人才安家补贴申领", "RSJ", 20, 10, ResultKind.Reply, "安家补贴核定通知",
            [("人才认定证书", true), ("劳动合同", true), ("购房合同或租赁合同", false)], ["talent_name", "talent_tier", "credit_code", "contact", "phone"]),
        new("SV-024", "高层次人才认定", "RSJ", 20, 15, ResultKind.Certificate, "人才认定证书",
            [("人才认定申请表", true), ("学历学位证明", true), ("业绩证明", true)], ["talent_name", "talent_tier", "credit_code", "contact", "phone"]),
        new("SV-025", "新引进人才生活补贴", "RSJ", 20, 10, ResultKind.Reply, "生活补贴核定通知",
            [("劳动合同", true), ("社保缴纳证明", true)], ["talent_name", "talent_tier", "credit_code", "contact", "phone"]),
        new("SV-026", "企业职工技能培训补贴", "RSJ", 20, 10, ResultKind.Reply, "培训补贴核定通知",
            [("培训计划", true), ("培训人员名册", true), ("结业证明", false)], [.. Project, "employees"]),
        new("SV-027", "特殊工时工作制审批", "RSJ", 20, 10, ResultKind.Licence, "特殊工时工作制批复",
            [("实行特殊工时申请书", true), ("职工代表大会意见", true)], [.. Project, "employees"]),
        new("SV-028", "企业设立登记", "SJJ", 3, 1, ResultKind.Licence, "营业执照",
            [("设立登记申请书", true), ("公司章程", true), ("住所使用证明", true)], ["project_name", "contact", "phone", "address", "industry"]),
        new("SV-029", "特种设备使用登记", "SJJ", 15, 5, ResultKind.Certificate, "特种设备使用登记证",
            [("使用登记表", true), ("产品合格证", true), ("监督检验证明", true)], [.. Project, "equipment", "address"]),
        new("SV-030", "食品经营许可", "SJJ", 20, 7, ResultKind.Licence, "食品经营许可证",
            [("食品经营许可申请书", true), ("经营场所平面图", true), ("食品安全管理制度", false)], [.. Project, "address"]),
        new("SV-031", "危险化学品建设项目安全条件审查", "YJJ", 45, 20, ResultKind.Reply, "安全条件审查意见书",
            [("安全评价报告", true), ("建设项目规划选址意见", true)], [.. Project, "address", "total_investment", "industry"]),
        new("SV-032", "生产安全事故应急预案备案", "YJJ", 20, 3, ResultKind.Filing, "应急预案备案登记表",
            [("应急预案文本", true), ("评审意见", true), ("风险评估报告", false)], [.. Project, "address", "employees"]),
    ];

    public async Task SeedAsync(GaoxinDbContext db, DemoZone zone, CancellationToken cancellationToken)
    {
        var zoneId = new ZoneId(zone.ZoneId);
        if (await db.Set<Department>().AnyAsync(d => d.ZoneId == zoneId, cancellationToken))
        {
            return;
        }

        await SeedCalendarAsync(db, zoneId, time.GetUtcNow());
        var committee = zone.OrganisationsByName["自贡高新区管委会"];
        var departments = new Dictionary<string, Guid>();
        foreach (var (code, name, officer, head) in Departments)
        {
            var department = new Department(zoneId, code, name);
            db.Add(department);
            departments[code] = department.Id;
            var user = await OfficerAsync(zone, committee, officer, name + "审批人员");
            db.Add(new DepartmentMember(zoneId, department.Id, user.Id, head));
        }

        var headOfJfj = await OfficerAsync(zone, committee, EconomicBureauHead, "经济发展局负责人");
        db.Add(new DepartmentMember(zoneId, departments["JFJ"], headOfJfj.Id, isHead: true));

        foreach (var item in Catalogue)
        {
            var entry = new ServiceItem(zoneId, item.Code, item.Name, departments[item.Department], item.Legal, item.Result, item.ResultName)
            {
                PromisedLimitDays = item.Promised,
            };
            db.Add(entry);
            for (var i = 0; i < item.Materials.Length; i++)
            {
                db.Add(new ItemMaterial(zoneId, entry.Id, item.Materials[i].Name, item.Materials[i].Essential, i + 1));
            }

            for (var i = 0; i < item.Fields.Length; i++)
            {
                var f = Library[item.Fields[i]];
                db.Add(new FormField(zoneId, entry.Id, f.Key, f.Label, f.Kind, f.Required, i + 1) { MaxLength = f.MaxLength, Min = f.Min, Max = f.Max, Choices = f.Choices });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Every zone starts with the published national calendars (also outside the demo).</summary>
    internal static async Task SeedCalendarAsync(GaoxinDbContext db, ZoneId zoneId, DateTimeOffset now)
    {
        if (await db.Set<CalendarYear>().AnyAsync(y => y.ZoneId == zoneId))
        {
            return;
        }

        foreach (var year in NationalHolidays.Years)
        {
            db.Add(new CalendarYear(zoneId, year, "国务院办公厅节假日安排通知", now));
        }

        foreach (var (date, kind, name) in NationalHolidays.Days)
        {
            db.Add(new HolidayDay(zoneId, date, kind, name));
        }
    }

    private async Task<GaoxinUser> OfficerAsync(DemoZone zone, Guid committee, string email, string displayName)
    {
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return existing;
        }

        var user = new GaoxinUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, ZoneId = zone.ZoneId, OrganisationId = committee };
        var created = await users.CreateAsync(user, DemoData.Password);
        if (!created.Succeeded || !(await users.AddToRoleAsync(user, Roles.DepartmentOfficer)).Succeeded)
        {
            throw new InvalidOperationException($"无法创建演示审批人员 {email}。");
        }

        return user;
    }
}
