namespace Gaoxin.Enterprises.Certification;

/// <summary>高新: 企业申请认定时须注册成立一年以上 (a full year by the calendar).</summary>
internal sealed class RegisteredOneYearGate(int years) : Gate
{
    public override string Title => $"注册成立 {years} 年以上";

    public override GateResult Evaluate(FactsView facts)
    {
        if (facts.Facts.RegisteredOn is not { } registered)
        {
            return Lacking(["缺少注册成立日期"]);
        }

        var due = registered.AddYears(years);
        var figures = $"注册成立于 {Show.Date(registered)}，评价日 {Show.Date(facts.AsOf)}";
        return due <= facts.AsOf
            ? Pass(figures)
            : Fail(figures, $"注册成立不满 {years} 年：还需 {due.DayNumber - facts.AsOf.DayNumber} 天（{Show.Date(due)} 起满 {years} 年）");
    }
}

/// <summary>高新: 通过自主研发、受让、受赠、并购等方式，获得对其主要产品在技术上发挥核心支持作用的知识产权的所有权.</summary>
internal sealed class CoreIpGate : FlagGate
{
    public override string Title => "拥有对主要产品发挥核心支持作用的知识产权";

    protected override bool Holds(EnterpriseFlags flags) => flags.OwnsCoreIp;

    protected override string WhenHolds => "拥有支持主要产品的核心知识产权";

    protected override string WhenNot => "没有支持主要产品的核心知识产权";

    protected override string Remedy => "需取得至少 1 项对主要产品在技术上发挥核心支持作用的知识产权";
}

/// <summary>高新: 主要产品（服务）的核心技术属于《国家重点支持的高新技术领域》.</summary>
internal sealed class KeyHighTechFieldGate : FlagGate
{
    public override string Title => "核心技术属于国家重点支持的高新技术领域";

    protected override bool Holds(EnterpriseFlags flags) => flags.InKeyHighTechField;

    protected override string WhenHolds => "核心技术属于国家重点支持的高新技术领域";

    protected override string WhenNot => "核心技术不属于国家重点支持的高新技术领域";

    protected override string Remedy => "主要产品（服务）的核心技术须属于《国家重点支持的高新技术领域》";
}

/// <summary>
/// 高新: 科技人员占职工总数的比例不低于 10% (latest year). People counted as in <see cref="TechStaffShareItem"/>:
/// converted from existing staff, total unchanged.
/// </summary>
internal sealed class TechStaffShareGate(decimal minShare) : Gate
{
    public override string Title => $"科技人员占职工总数不低于 {Show.Bound(minShare)}";

    public override GateResult Evaluate(FactsView facts)
    {
        List<string>? missing = null;
        if (!facts.TryLatest(out var i, ref missing))
        {
            return Lacking(missing);
        }

        var hasStaff = facts.TryGet(i, Figure.Staff, out var staff, ref missing);
        var hasTech = facts.TryGet(i, Figure.TechStaff, out var tech, ref missing);
        if (!hasStaff || !hasTech)
        {
            return Lacking(missing);
        }

        if (staff == 0)
        {
            return Lacking([$"{facts.Year(i).Year} 年度职工总数为 0，无法计算科技人员占比"]);
        }

        var share = tech / staff;
        var figures = $"{facts.Year(i).Year} 年度科技人员 {Show.Number(tech)} 人 ÷ 职工总数 {Show.Number(staff)} 人 = {Show.Pct(share)}";
        if (share >= minShare)
        {
            return Pass(figures);
        }

        var more = Math.Ceiling((minShare * staff) - tech);
        return Fail(figures, $"科技人员占比 {Show.Pct(share)}，需达到 {Show.Pct(minShare)}：还需增加 {Show.Number(more)} 名科技人员（按由现有职工转为科技人员、职工总数不变计算）");
    }
}

/// <summary>
/// 高新: 近三个会计年度研究开发费用总额占同期销售收入总额的比例, threshold by the latest year's sales
/// (≤ 5,000 万 → 5%, ≤ 2 亿 → 4%, above → 3%). Fewer than 3 consecutive years is missing data, never a pass.
/// </summary>
internal sealed class HighTechRdRatioBySalesBandGate(IReadOnlyList<RdSalesBand> bands, int years) : Gate
{
    public override string Title => $"近 {years} 年研发费用占销售收入比例达到规模要求";

    public static RdSalesBand BandFor(IReadOnlyList<RdSalesBand> bands, decimal latestSales)
    {
        foreach (var b in bands)
        {
            if (b.SalesUpTo is not { } upTo || latestSales <= upTo)
            {
                return b;
            }
        }

        return bands[^1];
    }

    public override GateResult Evaluate(FactsView facts)
    {
        List<string>? missing = null;
        if (!facts.TryLastConsecutive(years, out var start, ref missing))
        {
            return Lacking(missing);
        }

        // Every figure of every year is read (`&`, not `&&`), so each missing one is named.
        decimal rd = 0, sales = 0, latestSales = 0;
        var ok = true;
        for (var i = start; i < start + years; i++)
        {
            if (facts.TryGet(i, Figure.RdSpend, out var r, ref missing) & facts.TryGet(i, Figure.Sales, out var s, ref missing))
            {
                rd += r;
                sales += s;
                latestSales = s;
            }
            else
            {
                ok = false;
            }
        }

        if (!ok)
        {
            return Lacking(missing);
        }

        var first = facts.Year(start).Year;
        var last = facts.Year(start + years - 1).Year;
        if (sales == 0)
        {
            return Lacking([$"{first}–{last} 年销售收入合计为 0，无法计算研发费用占比"]);
        }

        var band = BandFor(bands, latestSales);
        var ratio = rd / sales;
        var figures = $"{first}–{last} 年研发费用合计 {Show.Yuan(rd)} ÷ 销售收入合计 {Show.Yuan(sales)} = {Show.Pct(ratio)}；{last} 年销售收入 {Show.Yuan(latestSales)}，属{band.Label}，要求 {Show.Pct(band.MinRatio)}";
        if (ratio >= band.MinRatio)
        {
            return Pass(figures);
        }

        return Fail(figures, $"研发费用占销售收入 {Show.Pct(ratio)}，按您的销售规模需达到 {Show.Pct(band.MinRatio)}：还需增加研发投入 {Show.YuanUp((band.MinRatio * sales) - rd)}");
    }
}

/// <summary>
/// 高新: 近三个会计年度在中国境内发生的研究开发费用总额占全部研究开发费用总额的比例不低于 60%.
/// The gap assumes the total is unchanged (work moved into China); adding new domestic R&amp;D would need less.
/// </summary>
internal sealed class RdInChinaShareGate(decimal minShare, int years) : Gate
{
    public override string Title => $"境内研发费用占全部研发费用不低于 {Show.Bound(minShare)}";

    public override GateResult Evaluate(FactsView facts)
    {
        List<string>? missing = null;
        if (!facts.TryLastConsecutive(years, out var start, ref missing))
        {
            return Lacking(missing);
        }

        // Every figure of every year is read (`&`, not `&&`), so each missing one is named.
        decimal rd = 0, inChina = 0;
        var ok = true;
        for (var i = start; i < start + years; i++)
        {
            if (facts.TryGet(i, Figure.RdSpend, out var r, ref missing) & facts.TryGet(i, Figure.RdSpendInChina, out var c, ref missing))
            {
                rd += r;
                inChina += c;
            }
            else
            {
                ok = false;
            }
        }

        if (!ok)
        {
            return Lacking(missing);
        }

        var span = $"{facts.Year(start).Year}–{facts.Year(start + years - 1).Year} 年";
        if (rd == 0)
        {
            return Fail($"{span}研发费用合计为 0", "没有研发投入，境内研发费用占比无从谈起：需先有研发投入");
        }

        var share = inChina / rd;
        var figures = $"{span}境内研发费用 {Show.Yuan(inChina)} ÷ 研发费用 {Show.Yuan(rd)} = {Show.Pct(share)}";
        return share >= minShare
            ? Pass(figures)
            : Fail(figures, $"境内研发费用占比 {Show.Pct(share)}，需达到 {Show.Pct(minShare)}：境内研发费用还需增加 {Show.YuanUp((minShare * rd) - inChina)}（按研发费用总额不变、境外研发转到境内计算）");
    }
}

/// <summary>
/// 高新: 近一年高新技术产品（服务）收入占企业同期总收入的比例不低于 60%.
/// The gap assumes total income unchanged (other income turned into high-tech income).
/// </summary>
internal sealed class HighTechProductIncomeShareGate(decimal minShare) : Gate
{
    public override string Title => $"高新技术产品（服务）收入占总收入不低于 {Show.Bound(minShare)}";

    public override GateResult Evaluate(FactsView facts)
    {
        List<string>? missing = null;
        if (!facts.TryLatest(out var i, ref missing))
        {
            return Lacking(missing);
        }

        var hasIncome = facts.TryGet(i, Figure.HighTechIncome, out var ht, ref missing);
        var hasTotal = facts.TryGet(i, Figure.TotalRevenue, out var total, ref missing);
        if (!hasIncome || !hasTotal)
        {
            return Lacking(missing);
        }

        var year = facts.Year(i).Year;
        if (total == 0)
        {
            return Lacking([$"{year} 年度总收入为 0，无法计算高新技术产品（服务）收入占比"]);
        }

        var share = ht / total;
        var figures = $"{year} 年度高新技术产品（服务）收入 {Show.Yuan(ht)} ÷ 总收入 {Show.Yuan(total)} = {Show.Pct(share)}";
        return share >= minShare
            ? Pass(figures)
            : Fail(figures, $"高新技术产品（服务）收入占比 {Show.Pct(share)}，需达到 {Show.Pct(minShare)}：还需增加 {Show.YuanUp((minShare * total) - ht)}（按总收入不变计算）");
    }
}

/// <summary>
/// 高新: 企业创新能力评价应达到相应要求 (≥ 71, i.e. above 70). Judged on the range the items leave open:
/// passes when even the lowest reachable total does, fails when even the highest does not, else undecided.
/// </summary>
internal sealed class InnovationScoreGate(decimal passMark)
{
    public string Name => nameof(InnovationScoreGate);

    public static string Title => "创新能力评价 71 分以上";

    public GateResult Evaluate(decimal min, decimal max, bool missingData)
    {
        var figures = min == max ? $"创新能力评价 {Show.Points(min)} 分，要求 {Show.Points(passMark)} 分以上" : $"创新能力评价可达 {Show.Points(min)}–{Show.Points(max)} 分，要求 {Show.Points(passMark)} 分以上";
        if (min >= passMark)
        {
            return new(Name, Title, true, figures, null, []);
        }

        if (max < passMark)
        {
            return new(Name, Title, false, figures, $"创新能力评价最多 {Show.Points(max)} 分，还差 {Show.Points(passMark - max)} 分", []);
        }

        return new(Name, Title, null, figures, missingData ? "补齐缺少的数据后才能判断" : $"待专家评分：需再得 {Show.Points(passMark - min)} 分", []);
    }
}

/// <summary>高新 知识产权数量 (≤ 8): Class Ⅰ → 7–8; Class Ⅱ 5+ → 5–6, 3–4 → 3–4, 1–2 → 1–2. In-band part is the experts'.</summary>
internal sealed class IpCountItem(Band classOne, BandTable classTwo) : ScoredItem
{
    public override string Title => "知识产权数量";

    public override decimal Max => Math.Max(classOne.PointsTop, classTwo.Max);

    public override ItemScore Evaluate(FactsView facts)
    {
        List<string>? missing = null;
        if (!facts.TryLatest(out var i, ref missing))
        {
            return Lacking(missing);
        }

        if (!facts.TryGet(i, Figure.ClassOneIp, out var one, ref missing))
        {
            return Lacking(missing);
        }

        if (!facts.TryGet(i, Figure.ClassTwoIp, out var two, ref missing))
        {
            return Lacking(missing);
        }

        var figures = $"{facts.Year(i).Year} 年末Ⅰ类知识产权 {Show.Number(one)} 项，Ⅱ类 {Show.Number(two)} 项";
        if (classOne.Contains(one))
        {
            return InBand(facts, classOne.Points, classOne.PointsTop, classOne.Label, figures, null, ExpertKeys.HighTechIpCount);
        }

        var band = classTwo.Find(two);
        var next = $"知识产权数量 {Show.Range(classTwo.PointsAt(band), classTwo.PointsTopAt(band))}：取得 1 项Ⅰ类知识产权可得 {Show.Range(classOne.Points, classOne.PointsTop)}";
        if (classTwo.NextAbove(band) is { } up)
        {
            next += $"；或再取得 {Show.Number(up.Bound - two)} 项Ⅱ类知识产权可得 {Show.Range(up.Points, up.PointsTop)}";
        }

        return InBand(facts, classTwo.PointsAt(band), classTwo.PointsTopAt(band), classTwo.LabelAt(band), figures, next, ExpertKeys.HighTechIpCount);
    }
}

/// <summary>高新 知识产权 other than the count (技术先进程度、核心支持作用、获得方式): judged by experts.</summary>
internal sealed class IpQualityItem(decimal max) : ScoredItem
{
    public override string Title => "知识产权先进程度、核心支持作用与获得方式";

    public override decimal Max => max;

    public override ItemScore Evaluate(FactsView facts) => Judged(facts, ExpertKeys.HighTechIpQuality);
}

/// <summary>高新 科技成果转化能力 (≤ 30): annual average of conversions over the last 3 years, bands are ranges.</summary>
internal sealed class ConversionItem(BandTable bands, int years) : ScoredItem
{
    public override string Title => "科技成果转化能力";

    public override decimal Max => bands.Max;

    public override ItemScore Evaluate(FactsView facts)
    {
        List<string>? missing = null;
        if (!facts.TryLastConsecutive(years, out var start, ref missing))
        {
            return Lacking(missing);
        }

        decimal sum = 0;
        for (var i = start; i < start + years; i++)
        {
            if (!facts.TryGet(i, Figure.AchievementsConverted, out var n, ref missing))
            {
                return Lacking(missing);
            }

            sum += n;
        }

        var average = sum / years;
        var band = bands.Find(average);
        var figures = $"{facts.Year(start).Year}–{facts.Year(start + years - 1).Year} 年成果转化 {Show.Number(sum)} 项，年均 {Show.Number(decimal.Round(average, 2))} 项";
        string? next = null;
        if (bands.NextAbove(band) is { } up)
        {
            next = $"成果转化年均 {Show.Number(decimal.Round(average, 2))} 项（{Show.Range(bands.PointsAt(band), bands.PointsTopAt(band))}），达到年均 {Show.Number(up.Bound)} 项可得 {Show.Range(up.Points, up.PointsTop)}：{years} 年内还需增加 {Show.Number(Math.Ceiling((up.Bound * years) - sum))} 项转化";
        }

        return InBand(facts, bands.PointsAt(band), bands.PointsTopAt(band), bands.LabelAt(band), figures, next, ExpertKeys.HighTechConversion);
    }
}

/// <summary>高新 研究开发组织管理水平 (6/6/4/4): each part judged by experts under its own key.</summary>
internal sealed class RdManagementItem(string part, decimal max, string expertKey) : ScoredItem(nameof(RdManagementItem) + ":" + expertKey)
{
    public override string Title => $"研究开发组织管理：{part}";

    public override decimal Max => max;

    public string ExpertKey => expertKey;

    public override ItemScore Evaluate(FactsView facts) => Judged(facts, expertKey);
}

/// <summary>
/// 高新 成长性 (净资产或销售收入, ≤ 10 each): rate = ½ × (y2/y1 + y3/y2) − 1 over the last 3 years.
/// A non-positive base makes the rate meaningless; the guideline scores it 0, and so do we, saying why.
/// </summary>
internal abstract class GrowthItem(BandTable bands, Figure figure, string expertKey) : ScoredItem
{
    public override decimal Max => bands.Max;

    /// <summary>½ × (y2/y1 + y3/y2) − 1.</summary>
    public static decimal Rate(decimal y1, decimal y2, decimal y3) => ((y2 / y1) + (y3 / y2)) / 2m - 1m;

    public override ItemScore Evaluate(FactsView facts)
    {
        List<string>? missing = null;
        if (!facts.TryLastConsecutive(3, out var s, ref missing))
        {
            return Lacking(missing);
        }

        var ok = facts.TryGet(s, figure, out var y1, ref missing)
            & facts.TryGet(s + 1, figure, out var y2, ref missing)
            & facts.TryGet(s + 2, figure, out var y3, ref missing);
        if (!ok)
        {
            return Lacking(missing);
        }

        var name = FactsView.Name(figure);
        var values = $"{name} {facts.Year(s).Year} 年 {Show.Yuan(y1)}、{facts.Year(s + 1).Year} 年 {Show.Yuan(y2)}、{facts.Year(s + 2).Year} 年 {Show.Yuan(y3)}";
        if (y1 <= 0 || y2 <= 0)
        {
            return Scored(0, "基数不为正", values + $"；前两年{name}不为正，增长率无法计算，按 0 分计", null);
        }

        var rate = Rate(y1, y2, y3);
        var band = bands.Find(rate);
        var figures = values + $"；增长率 = ½ × ({Show.Number(decimal.Round(y2 / y1, 4))} + {Show.Number(decimal.Round(y3 / y2, 4))}) − 1 = {Show.Pct(rate)}";
        string? next = null;
        if (bands.NextAbove(band) is { } up)
        {
            // Solve ½(y2/y1 + y3/y2) − 1 = b for y3 and round up to whole yuan; a strict bound (> 0) met exactly, or a
            // division rounded down, needs one yuan more.
            var needed = decimal.Ceiling(y2 * ((2m * (1m + up.Bound)) - (y2 / y1)));
            if (!up.Contains(Rate(y1, y2, needed)))
            {
                needed++;
            }

            next = $"{name}增长率 {Show.Pct(rate)}（{Show.Range(bands.PointsAt(band), bands.PointsTopAt(band))}），{(up.Kind == BandKind.Above ? "大于" : "达到")} {Show.Bound(up.Bound)} 可得 {Show.Range(up.Points, up.PointsTop)}：{facts.Year(s + 2).Year} 年{name}需达到 {Show.YuanUp(needed)}（增加 {Show.YuanUp(needed - y3)}）";
        }

        return InBand(facts, bands.PointsAt(band), bands.PointsTopAt(band), bands.LabelAt(band), figures, next, expertKey);
    }
}

/// <summary>高新 净资产增长率.</summary>
internal sealed class NetAssetGrowthItem(BandTable bands) : GrowthItem(bands, Figure.NetAssets, ExpertKeys.HighTechNetAssetGrowth)
{
    public override string Title => "净资产增长率";
}

/// <summary>高新 销售收入增长率.</summary>
internal sealed class SalesGrowthItem(BandTable bands) : GrowthItem(bands, Figure.Sales, ExpertKeys.HighTechSalesGrowth)
{
    public override string Title => "销售收入增长率";
}
