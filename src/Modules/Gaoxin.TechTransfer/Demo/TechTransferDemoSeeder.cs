using Gaoxin.Contracts.Enterprises;
using Gaoxin.Contracts.TechTransfer;
using Gaoxin.Data;
using Gaoxin.Data.Identity;
using Gaoxin.Data.Platform;
using Gaoxin.Data.Seeding;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Zones;
using Gaoxin.TechTransfer.Achievements;
using Gaoxin.TechTransfer.Plans;
using Gaoxin.TechTransfer.Projects;
using Gaoxin.TechTransfer.Screening;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.TechTransfer.Demo;

/// <summary>
/// The relay of the report, as data: partners from 12 universities and institutes, 64 projects entering 2023–2026,
/// a cohort before the pilot base (industrialized directly, about 30% succeed) and one through it (about 80%), about
/// 2 billion CNY of new output in total, this year's conversions against the target of 10, a published round per
/// year and one open round for the demo reviewer. Outcomes are fixed by the cohort table below, not by chance.
/// </summary>
internal sealed class TechTransferDemoSeeder(UserManager<GaoxinUser> users, IEnterpriseDirectory enterprises, TimeProvider clock) : IDemoSeeder
{
    public int Order => 20;

    private static readonly string[] Institutes =
    [
        "四川大学", "电子科技大学", "西南交通大学", "西南石油大学", "西华大学", "中国科学院成都有机化学研究所",
        "清华四川能源互联网研究院", "中国工程物理研究院化工材料研究所", "四川省机械研究设计院",
    ];

    private static readonly string[] Partners =
    [
        "四川轻化工大学", "西安交通大学国家技术转移中心", "重庆大学", "四川大学", "电子科技大学", "西南交通大学", "西南石油大学", "西华大学",
        "中国科学院成都有机化学研究所", "清华四川能源互联网研究院", "中国工程物理研究院化工材料研究所", "四川省机械研究设计院",
    ];

    private static readonly (string Title, ZoneIndustry Industry, AchievementKind Kind)[] Topics =
    [
        ("钠离子电池层状氧化物正极材料", ZoneIndustry.NewEnergy, AchievementKind.NewMaterialOrProcess),
        ("生物质硬碳负极低成本制备工艺", ZoneIndustry.NewEnergy, AchievementKind.NewMaterialOrProcess),
        ("钠电池电解液添加剂", ZoneIndustry.NewEnergy, AchievementKind.InventionPatent),
        ("储能电池管理系统均衡算法", ZoneIndustry.NewEnergy, AchievementKind.Software),
        ("L4 无人配送车线控底盘", ZoneIndustry.IntelligentManufacturing, AchievementKind.Prototype),
        ("园区巡逻机器人多传感器融合定位", ZoneIndustry.IntelligentManufacturing, AchievementKind.InventionPatent),
        ("毫米波雷达信号处理芯片模组", ZoneIndustry.IntelligentManufacturing, AchievementKind.InventionPatent),
        ("工业泵阀数字孪生运维平台", ZoneIndustry.IntelligentManufacturing, AchievementKind.Software),
        ("硬质合金梯度涂层刀具", ZoneIndustry.AdvancedMaterials, AchievementKind.InventionPatent),
        ("高纯氟化工电子化学品提纯", ZoneIndustry.AdvancedMaterials, AchievementKind.KnowHow),
        ("碳纤维复合材料快速成型", ZoneIndustry.AdvancedMaterials, AchievementKind.NewMaterialOrProcess),
        ("输送机械智能故障诊断", ZoneIndustry.Traditional, AchievementKind.UtilityModel),
        ("环境监测无人车载气体传感器", ZoneIndustry.IntelligentManufacturing, AchievementKind.UtilityModel),
        ("人形机器人关节减速器", ZoneIndustry.IntelligentManufacturing, AchievementKind.InventionPatent),
        ("钠电池极片干法电极工艺", ZoneIndustry.NewEnergy, AchievementKind.NewMaterialOrProcess),
        ("固废资源化制备陶瓷膜", ZoneIndustry.AdvancedMaterials, AchievementKind.InventionPatent),
    ];

    private enum Path { Proposed, Screening, Rejected, Selected, Direct, Pilot }

    private enum Result { None, Success, Fail, InProgress }

    /// <summary>The cohort table: entry year, path, result, how many.</summary>
    private static readonly (int Year, Path Path, Result Result, int Count)[] Cohorts =
    [
        (2023, Path.Rejected, Result.None, 3),
        (2023, Path.Direct, Result.Success, 6),
        (2023, Path.Direct, Result.Fail, 13),
        (2024, Path.Rejected, Result.None, 2),
        (2024, Path.Direct, Result.Success, 2),
        (2024, Path.Direct, Result.Fail, 5),
        (2024, Path.Pilot, Result.Success, 8),
        (2024, Path.Pilot, Result.Fail, 2),
        (2024, Path.Pilot, Result.InProgress, 1),
        (2025, Path.Rejected, Result.None, 2),
        (2025, Path.Selected, Result.None, 1),
        (2025, Path.Pilot, Result.Success, 5),
        (2025, Path.Pilot, Result.Fail, 1),
        (2025, Path.Pilot, Result.InProgress, 6),
        (2026, Path.Proposed, Result.None, 1),
        (2026, Path.Screening, Result.None, 3),
        (2026, Path.Selected, Result.None, 1),
        (2026, Path.Pilot, Result.InProgress, 3),
    ];

    public const decimal TotalNewOutput = 2_000_000_000m;

    public async Task SeedAsync(GaoxinDbContext db, DemoZone zone, CancellationToken ct)
    {
        var zoneId = new ZoneId(zone.ZoneId);
        if (await db.Set<Project>().AnyAsync(p => p.ZoneId == zoneId, ct))
        {
            return;
        }

        var orgs = new Dictionary<string, Guid>(zone.OrganisationsByName);
        foreach (var name in Institutes.Where(n => !orgs.ContainsKey(n)))
        {
            var o = new Organisation { ZoneId = zoneId, Name = name, Kind = OrganisationKind.Institute, Note = "合作高校/科研院所" };
            db.Organisations.Add(o);
            orgs[name] = o.Id;
        }

        await db.SaveChangesAsync(ct);
        var reviewers = await ReviewersAsync(zone, orgs, ct);
        var named = (await enterprises.SearchAsync(zone.ZoneId, null, 500, ct)).ToDictionary(e => e.Name);

        db.Add(new SuccessDefinition { ZoneId = zoneId, EffectiveFrom = new DateOnly(2023, 1, 1) });
        var random = new Random(2025);
        var specs = Cohorts.SelectMany(c => Enumerable.Repeat((c.Year, c.Path, c.Result), c.Count)).ToList();
        var built = new List<(Project Project, Path Path, Result Result, List<ProjectEvent> Events)>();
        var outputs = new List<OutcomeReport>();
        var spare = new List<Achievement>();
        for (var i = 0; i < specs.Count; i++)
        {
            var (year, path, result) = specs[i];
            var topic = Topics[i % Topics.Length];
            var lead = Partners[(i * 5) % Partners.Length];
            var indexInYear = specs.Take(i).Count(s => s.Year == year);
            var entered = new DateOnly(year, 1, 10).AddDays(indexInYear * 13 % 300);
            var achievement = Achievement(zoneId, orgs[lead], topic, entered, year, i);
            db.Add(achievement);
            var p = Project.Propose(zoneId, $"ZG-{year}-{indexInYear + 1:D3}", $"{topic.Title}产业化", $"{lead}的“{topic.Title}”成果在自贡高新区转化。",
                $"{lead}课题组（负责人及核心成员 6 人）", orgs[lead], null, $"自贡{topic.Title[..Math.Min(4, topic.Title.Length)]}科技有限公司", topic.Industry,
                lead == "四川轻化工大学" ? AchievementOrigin.Local : AchievementOrigin.BroughtIn, entered, [achievement.Id],
                [(SupportKind.Pilot, "中试线及检测平台使用", null), (SupportKind.Fund, "中试专项资金", 500_000m * (1 + (i % 8)))]);
            p.Support[0].Granted = path == Path.Pilot ? "已安排中试基地场地" : null;
            if (i % 3 == 0)
            {
                p.Support.Add(new SupportRequest { ZoneId = zoneId, ProjectId = p.Id, Kind = SupportKind.Scene, Details = "园区应用场景开放（示范应用）" });
            }

            var events = new List<ProjectEvent> { Event(p, entered, ProjectEventKind.Created, $"项目申报：{p.Title}") };
            var day = entered;
            void Move(RelayStage to, int afterDays, string? reason = null)
            {
                day = day.AddDays(afterDays);
                events.Add(p.ReplayMove(to, reason, day, At(day), Operator));
            }

            if (path == Path.Proposed)
            {
                built.Add((p, path, result, events));
                continue;
            }

            Move(RelayStage.Screening, 20, "进入年度前瞻性项目筛选");
            if (path == Path.Screening)
            {
                built.Add((p, path, result, events));
                continue;
            }

            var rejected = path == Path.Rejected;
            // Selected projects span grades C (60–75), B and A, so the fund has every grade to award.
            var score = rejected ? 52m + (i % 7) : 62m + (i * 7 % 33);
            p.ReplayScreening(score, ScoreAggregation.GradeOf(score, 85, 75, 60));
            Move(rejected ? RelayStage.Rejected : RelayStage.Selected, 40, rejected ? "综合得分未达支持线" : $"综合得分 {p.ScreeningScore:0.00}，等级 {p.Grade}");
            if (rejected)
            {
                built.Add((p, path, result, events));
                continue;
            }

            var facility = year >= 2026 && i % 2 == 0 ? PilotFacility.BaseB : PilotFacility.BaseA;
            if (path != Path.Direct)
            {
                db.Add(new PilotPlan { ZoneId = zoneId, ProjectId = p.Id, Objectives = $"完成{topic.Title}中试验证：良率 ≥ 90%，形成小批量供货能力", Facility = facility, Budget = 2_000_000m + (i % 5 * 500_000m) });
                db.Add(new IndustrializationPlan { ZoneId = zoneId, ProjectId = p.Id, Company = p.CompanyName!, Capacity = "年产能 1000 万元级起步，三年达产", TargetSales = 50_000_000m, TargetOutput = 80_000_000m });
            }

            if (path == Path.Selected)
            {
                built.Add((p, path, result, events));
                continue;
            }

            var pilotStart = day.AddDays(35);
            if (path == Path.Pilot)
            {
                db.Add(Milestone(p, PlanKind.Pilot, "中试线调试完成", pilotStart.AddDays(90), pilotStart.AddDays(120)));
                db.Add(Milestone(p, PlanKind.Pilot, "中试样品通过第三方检测", pilotStart.AddDays(240), null));
                db.Add(Milestone(p, PlanKind.Industrialization, "承接企业注册并取得场地", pilotStart.AddDays(300), null));
                db.Add(Milestone(p, PlanKind.Industrialization, "首批产品销售", pilotStart.AddDays(420), null));
                Move(RelayStage.PilotIncubation, 35, "中试方案与产业化方案已同步规划");
                var pilotEnd = day.AddDays(270);
                if (result == Result.InProgress && (year == 2026 || pilotEnd > new DateOnly(2026, 6, 30) || i % 2 == 0))
                {
                    built.Add((p, path, result, events));
                    continue;
                }

                if (result == Result.Fail && i % 3 == 0)
                {
                    Move(RelayStage.Terminated, 200, "中试工艺稳定性未达标，经评估终止");
                    built.Add((p, path, result, events));
                    continue;
                }

                Move(RelayStage.IndustrialIncubation, 270, "中试里程碑全部验收");
            }
            else
            {
                Move(RelayStage.IndustrialIncubation, 30, "未经中试，直接进入产业化");
            }

            if (result == Result.Success && named.Count > 0 && topic.Industry == ZoneIndustry.NewEnergy && named.TryGetValue("兴储世纪", out var xc) && !built.Any(b => b.Project.EnterpriseId == xc.Id))
            {
                p.ReplayCompany(xc.Id, xc.OrganisationId, xc.Name);
            }
            else
            {
                p.ReplayCompany(null, null, null);
            }

            var start = p.IndustrialStartedOn!.Value;
            switch (result)
            {
                case Result.Success:
                    {
                        var reached = start.AddMonths(path == Path.Pilot ? 2 + (i % 3) : 12 + (i % 9));
                        outputs.Add(new OutcomeReport { ZoneId = zoneId, ProjectId = p.Id, ReportedOn = reached, RevenueToDate = 5_000_000m + (i % 6 * 1_000_000m), AnnualOutput = 1 });
                        p.ReplaySuccess(reached);
                        events.Add(Event(p, reached, ProjectEventKind.Succeeded, "达到产业化成功标准：累计销售 ≥ 5,000,000 元"));
                        for (var y = reached.Year + 1; y <= 2026; y++)
                        {
                            outputs.Add(new OutcomeReport { ZoneId = zoneId, ProjectId = p.Id, ReportedOn = new DateOnly(y, 6, 30), RevenueToDate = 20_000_000m * (y - reached.Year), AnnualOutput = 1 + (y - reached.Year) });
                        }

                        day = reached;
                        Move(RelayStage.Industrialized, 10, "承接企业规模化生产销售");
                        break;
                    }

                case Result.Fail:
                    outputs.Add(new OutcomeReport { ZoneId = zoneId, ProjectId = p.Id, ReportedOn = start.AddMonths(10), RevenueToDate = 400_000m + (i % 5 * 100_000m), AnnualOutput = 0 });
                    if (i % 2 == 0 || path == Path.Pilot)
                    {
                        day = start.AddMonths(20);
                        Move(RelayStage.Terminated, 0, "窗口期内未实现规模销售，经评估终止");
                    }

                    break;
            }

            built.Add((p, path, result, events));
        }

        // Output weights become yuan so the relay's total new output is the report's 2 billion CNY.
        var weight = outputs.Sum(o => o.AnnualOutput);
        foreach (var o in outputs)
        {
            o.AnnualOutput = weight == 0 ? 0 : Math.Round(TotalNewOutput * o.AnnualOutput / weight / 10_000m, 0) * 10_000m;
        }

        var drift = TotalNewOutput - outputs.Sum(o => o.AnnualOutput);
        if (outputs.LastOrDefault(o => o.AnnualOutput > 0) is { } last)
        {
            last.AnnualOutput += drift;
        }

        foreach (var (p, _, _, events) in built)
        {
            db.Add(p);
            db.AddRange(events);
        }

        db.AddRange(outputs);
        foreach (var o in outputs.Where(o => o.AnnualOutput > 0 || o.RevenueToDate > 0))
        {
            var p = built.First(b => b.Project.Id == o.ProjectId).Project;
            db.Add(Event(p, o.ReportedOn, ProjectEventKind.OutcomeReported, $"产品销售报告：累计销售 {o.RevenueToDate:N0} 元，新增产值 {o.AnnualOutput:N0} 元"));
        }

        // Spare achievements wait for projects; universities submit in batches.
        for (var k = 0; k < 12; k++)
        {
            spare.Add(Achievement(zoneId, orgs[Partners[k]], Topics[(k + 3) % Topics.Length], new DateOnly(2026, 3, 1).AddDays(k * 11), 2026, 100 + k));
        }

        db.AddRange(spare);
        await db.SaveChangesAsync(ct);
        await RoundsAsync(db, zoneId, built.Select(b => b.Project).ToList(), reviewers, random, clock.GetUtcNow().AddDays(14), ct);
    }

    private static Achievement Achievement(ZoneId zone, Guid owner, (string Title, ZoneIndustry Industry, AchievementKind Kind) topic, DateOnly on, int year, int i)
    {
        var a = new Achievement
        {
            ZoneId = zone,
            Title = topic.Title + (i >= 100 ? "（新一代）" : string.Empty),
            Summary = $"{topic.Title}，已完成实验室验证。",
            OwnerOrganisationId = owner,
            Origin = AchievementOrigin.BroughtIn,
            Kind = topic.Kind,
            Readiness = 4 + (i % 3),
            Industry = topic.Industry,
            SubmittedOn = on,
        };
        var digits = $"{year - 2:D4}1{(100000 + (i * 7919 % 900000)):D6}0"[..12];
        digits = digits[..4] + "1" + digits[5..];
        a.Patents.Add(new AchievementPatent { ZoneId = zone, AchievementId = a.Id, Number = $"ZL{digits}.{PatentNumber.CheckCharacter(digits)}" });
        return a;
    }

    private static Milestone Milestone(Project p, PlanKind plan, string title, DateOnly due, DateOnly? acceptedOn)
    {
        var m = new Milestone(p.ZoneId, p.Id, plan, title, due, "第三方检测报告或销售合同");
        if (acceptedOn is { } on)
        {
            m.SubmitEvidence("检测报告已上传");
            m.Decide(accept: true, null, on);
        }

        return m;
    }

    private const string Operator = "创新中心运营";

    private static DateTimeOffset At(DateOnly on) => ZoneClock.At(on, new TimeOnly(10, 0)).ToUniversalTime();

    private static ProjectEvent Event(Project p, DateOnly on, ProjectEventKind kind, string text) => p.Log(kind, text, Operator, At(on));

    /// <summary>The demo reviewer plus four more experts (sign-in with the demo password), so rounds have five reviewers.</summary>
    private async Task<List<(string Id, string Name, Guid? Org)>> ReviewersAsync(DemoZone zone, Dictionary<string, Guid> orgs, CancellationToken ct)
    {
        (string Email, string Name, string Org)[] extra =
        [
            ("reviewer2@zigong.demo", "李卫东", "四川大学"),
            ("reviewer3@zigong.demo", "陈晓梅", "电子科技大学"),
            ("reviewer4@zigong.demo", "王志刚", "西南交通大学"),
            ("reviewer5@zigong.demo", "赵敏", "自贡创新中心"),
        ];
        var result = new List<(string, string, Guid?)>();
        if (await users.FindByEmailAsync("reviewer@zigong.demo") is { } first)
        {
            result.Add((first.Id, first.DisplayName, first.OrganisationId));
        }

        foreach (var (email, name, org) in extra)
        {
            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                user = new GaoxinUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, ZoneId = zone.ZoneId, OrganisationId = orgs[org] };
                var created = await users.CreateAsync(user, DemoData.Password);
                if (!created.Succeeded || !(await users.AddToRoleAsync(user, Roles.Reviewer)).Succeeded)
                {
                    throw new InvalidOperationException($"无法创建演示评审专家 {email}。");
                }
            }

            result.Add((user.Id, user.DisplayName, user.OrganisationId));
        }

        ct.ThrowIfCancellationRequested();
        return result;
    }

    /// <summary>A published round per year for the projects screened that year, and this year's open round.</summary>
    private static async Task RoundsAsync(GaoxinDbContext db, ZoneId zone, List<Project> projects, List<(string Id, string Name, Guid? Org)> reviewers, Random random, DateTimeOffset openUntil, CancellationToken ct)
    {
        foreach (var year in projects.Select(p => p.EntryYear).Distinct().Order())
        {
            var entries = projects.Where(p => p.EntryYear == year && p.Stage != RelayStage.Proposed).ToList();
            if (entries.Count == 0)
            {
                continue;
            }

            var open = entries.Any(p => p.Stage == RelayStage.Screening);
            var round = new ScreeningRound(zone, $"{year} 年度前瞻性项目筛选", open ? openUntil : new DateTimeOffset(year, 3, 31, 18, 0, 0, ZoneClock.Offset).ToUniversalTime(), 85, 75, 60);
            if (!open)
            {
                round.ReplayPublished();
            }

            round.Criteria.AddRange(RoundDesk.DefaultCriteria.Select((c, i) => new RoundCriterion { ZoneId = zone, RoundId = round.Id, Key = c.Key, Name = c.Name, Weight = c.Weight, Order = i }));
            round.Reviewers.AddRange(reviewers.Select(r => new RoundReviewer { ZoneId = zone, RoundId = round.Id, UserId = r.Id, Name = r.Name, OrganisationId = r.Org }));
            var rank = 0;
            foreach (var p in entries.Where(p => p.Stage != RelayStage.Screening).OrderByDescending(p => p.ScreeningScore))
            {
                var entry = new RoundEntry(zone, round.Id, p.Id);
                entry.Rate(p.ScreeningScore, p.Grade);
                entry.RankAs(++rank);
                entry.Record(p.Grade == "N" ? EntryDecision.Rejected : EntryDecision.Selected, p.Grade == "N" ? "综合得分未达支持线" : $"综合得分 {p.ScreeningScore:0.00}，等级 {p.Grade}");
                round.Entries.Add(entry);
                foreach (var r in reviewers)
                {
                    // Five reviewers: the trimmed mean of these totals is the stored score (spread symmetric around it).
                    var offset = reviewers.IndexOf(r) - 2;
                    var total = Math.Clamp(p.ScreeningScore!.Value + (offset * 2), 0, 100);
                    var review = new Review { ZoneId = zone, RoundId = round.Id, ProjectId = p.Id, UserId = r.Id, Total = total, SubmittedAt = round.Deadline.AddDays(-3), Comment = "同意" };
                    review.Scores.AddRange(RoundDesk.DefaultCriteria.Select(c => new ReviewScore { ZoneId = zone, ReviewId = review.Id, CriterionKey = c.Key, Score = total }));
                    db.Add(review);
                }
            }

            foreach (var p in entries.Where(p => p.Stage == RelayStage.Screening))
            {
                round.Entries.Add(new RoundEntry(zone, round.Id, p.Id));
                foreach (var r in reviewers.Where(r => r.Org is not null && r.Org == p.LeadOrganisationId))
                {
                    db.Add(new ConflictDeclaration { ZoneId = zone, RoundId = round.Id, ProjectId = p.Id, UserId = r.Id, Reason = "评审专家与申报单位同属一个机构，自动回避。", Automatic = true });
                }

                // The other experts have scored already; the demo reviewer's sheet is left for the demo.
                foreach (var r in reviewers.Skip(1).Where(r => r.Org != p.LeadOrganisationId))
                {
                    var total = 70m + random.Next(0, 25);
                    var review = new Review { ZoneId = zone, RoundId = round.Id, ProjectId = p.Id, UserId = r.Id, Total = total, SubmittedAt = new DateTimeOffset(year, 11, 20, 9, 0, 0, ZoneClock.Offset).ToUniversalTime() };
                    review.Scores.AddRange(RoundDesk.DefaultCriteria.Select(c => new ReviewScore { ZoneId = zone, ReviewId = review.Id, CriterionKey = c.Key, Score = total }));
                    db.Add(review);
                }
            }

            db.Add(round);
        }

        await db.SaveChangesAsync(ct);
    }
}
