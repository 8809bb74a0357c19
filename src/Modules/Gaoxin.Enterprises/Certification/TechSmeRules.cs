namespace Gaoxin.Enterprises.Certification;

/// <summary>科技型中小企业: 职工总数不超过 500 人 (latest year).</summary>
internal sealed class StaffCeilingGate(int maxStaff) : Gate
{
    public override string Title => $"职工总数不超过 {maxStaff} 人";

    public override GateResult Evaluate(FactsView facts)
    {
        List<string>? missing = null;
        if (!facts.TryLatest(out var i, ref missing))
        {
            return Lacking(missing);
        }

        if (!facts.TryGet(i, Figure.Staff, out var staff, ref missing))
        {
            return Lacking(missing);
        }

        var figures = $"{facts.Year(i).Year} 年度职工总数 {Show.Number(staff)} 人，上限 {maxStaff} 人";
        return staff <= maxStaff ? Pass(figures) : Fail(figures, $"职工总数 {Show.Number(staff)} 人，超过上限 {maxStaff} 人：需减少 {Show.Number(staff - maxStaff)} 人");
    }
}

/// <summary>科技型中小企业: 年销售收入不超过 2 亿元 (latest year).</summary>
internal sealed class SalesCeilingGate(decimal maxSales) : Gate
{
    public override string Title => $"年销售收入不超过 {Show.Yuan(maxSales)}";

    public override GateResult Evaluate(FactsView facts)
    {
        List<string>? missing = null;
        if (!facts.TryLatest(out var i, ref missing))
        {
            return Lacking(missing);
        }

        if (!facts.TryGet(i, Figure.Sales, out var sales, ref missing))
        {
            return Lacking(missing);
        }

        var figures = $"{facts.Year(i).Year} 年度销售收入 {Show.Yuan(sales)}，上限 {Show.Yuan(maxSales)}";
        return sales <= maxSales ? Pass(figures) : Fail(figures, $"销售收入 {Show.Yuan(sales)}，超过上限 {Show.Yuan(maxSales)} 共 {Show.Yuan(sales - maxSales)}，不属于科技型中小企业规模");
    }
}

/// <summary>科技型中小企业: 资产总额不超过 2 亿元 (latest year).</summary>
internal sealed class AssetsCeilingGate(decimal maxAssets) : Gate
{
    public override string Title => $"资产总额不超过 {Show.Yuan(maxAssets)}";

    public override GateResult Evaluate(FactsView facts)
    {
        List<string>? missing = null;
        if (!facts.TryLatest(out var i, ref missing))
        {
            return Lacking(missing);
        }

        if (!facts.TryGet(i, Figure.TotalAssets, out var assets, ref missing))
        {
            return Lacking(missing);
        }

        var figures = $"{facts.Year(i).Year} 年度资产总额 {Show.Yuan(assets)}，上限 {Show.Yuan(maxAssets)}";
        return assets <= maxAssets ? Pass(figures) : Fail(figures, $"资产总额 {Show.Yuan(assets)}，超过上限 {Show.Yuan(maxAssets)} 共 {Show.Yuan(assets - maxAssets)}，不属于科技型中小企业规模");
    }
}

/// <summary>
/// 科技人员占职工总数的比例 (科技型 20 分). "How many more" assumes tech staff come from existing staff
/// (total unchanged): hiring would raise the total too and need more people than we say.
/// </summary>
internal sealed class TechStaffShareItem(BandTable bands) : ScoredItem
{
    public override string Title => "科技人员指标";

    public override decimal Max => bands.Max;

    public override ItemScore Evaluate(FactsView facts)
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
            FactsView.Add(ref missing, $"{facts.Year(i).Year} 年度职工总数为 0，无法计算科技人员占比");
            return Lacking(missing);
        }

        var share = tech / staff;
        var band = bands.Find(share);
        var score = bands.PointsAt(band);
        var figures = $"{facts.Year(i).Year} 年度科技人员 {Show.Number(tech)} 人 ÷ 职工总数 {Show.Number(staff)} 人 = {Show.Pct(share)}";
        string? next = null;
        if (bands.NextAbove(band) is { } up)
        {
            var more = Math.Ceiling((up.Bound * staff) - tech);
            next = $"科技人员占比 {Show.Pct(share)}（{Show.Points(score)} 分），达到 {Show.Bound(up.Bound)} 可得 {Show.Points(up.Points)} 分：还需增加 {Show.Number(more)} 名科技人员（按由现有职工转为科技人员、职工总数不变计算）";
        }

        return Scored(score, bands.LabelAt(band), figures, next);
    }
}

/// <summary>
/// 研发投入指标 (科技型 50 分): the better of R&amp;D ÷ sales and R&amp;D ÷ total costs, latest year.
/// Extra R&amp;D adds to total costs too (R&amp;D is part of them), so the costs gap is (b·C − R) ÷ (1 − b).
/// </summary>
internal sealed class RdIntensityItem(BandTable toSales, BandTable toCosts) : ScoredItem
{
    public override string Title => "研发投入指标";

    public override decimal Max => Math.Max(toSales.Max, toCosts.Max);

    public override ItemScore Evaluate(FactsView facts)
    {
        List<string>? missing = null;
        if (!facts.TryLatest(out var i, ref missing))
        {
            return Lacking(missing);
        }

        if (!facts.TryGet(i, Figure.RdSpend, out var rd, ref missing))
        {
            return Lacking(missing);
        }

        var year = facts.Year(i).Year;
        var hasSales = facts.TryGet(i, Figure.Sales, out var sales, ref missing);
        var hasCosts = facts.TryGet(i, Figure.TotalCosts, out var costs, ref missing);
        decimal bySales = 0, byCosts = 0;
        var salesBand = -1;
        var parts = new List<string>(2);
        if (hasSales && sales > 0)
        {
            salesBand = toSales.Find(rd / sales);
            bySales = toSales.PointsAt(salesBand);
            parts.Add($"研发费用 {Show.Yuan(rd)} ÷ 销售收入 {Show.Yuan(sales)} = {Show.Pct(rd / sales)}（{Show.Points(bySales)} 分）");
        }
        else if (hasSales)
        {
            parts.Add("销售收入为 0，按研发费用占销售收入计 0 分");
        }

        // The band named is the sales one unless the costs ratio scores strictly more.
        var label = "按销售收入：" + toSales.LabelAt(salesBand);
        if (hasCosts && costs > 0)
        {
            var costsBand = toCosts.Find(rd / costs);
            byCosts = toCosts.PointsAt(costsBand);
            parts.Add($"研发费用 {Show.Yuan(rd)} ÷ 成本费用总额 {Show.Yuan(costs)} = {Show.Pct(rd / costs)}（{Show.Points(byCosts)} 分）");
            if (byCosts > bySales)
            {
                label = "按成本费用：" + toCosts.LabelAt(costsBand);
            }
        }
        else if (hasCosts)
        {
            parts.Add("成本费用总额为 0，按研发费用占成本费用计 0 分");
        }

        var best = Math.Max(bySales, byCosts);
        var figures = $"{year} 年度：" + string.Join("；", parts) + $"；取较高者 {Show.Points(best)} 分";
        if (missing is not null && best < Max)
        {
            // The missing ratio might score higher; only the full mark makes it irrelevant.
            return Lacking(missing, figures, best, Max);
        }

        // Smallest extra R&D reaching a better score by either measure.
        decimal? need = null;
        string? how = null;
        decimal reach = 0;
        if (hasSales && sales > 0 && NextBetter(toSales, best) is { } s)
        {
            need = Math.Ceiling((s.Bound * sales) - rd);
            how = $"研发费用占销售收入达到 {Show.Bound(s.Bound)}";
            reach = s.Points;
        }

        if (hasCosts && costs > 0 && NextBetter(toCosts, best) is { } c)
        {
            // (rd + x) ÷ (costs + x) ≥ b ⇔ x ≥ (b·costs − rd) ÷ (1 − b): the ceiling is the answer (decimal keeps 28 digits,
            // far more than any yuan figure needs, so no rounding can leave it one short).
            var x = c.Bound >= 1 ? decimal.MaxValue : Math.Ceiling(((c.Bound * costs) - rd) / (1 - c.Bound));
            if (need is null || x < need || (x == need && c.Points > reach))
            {
                need = x;
                how = $"研发费用占成本费用总额达到 {Show.Bound(c.Bound)}（新增研发费用同时计入成本费用）";
                reach = c.Points;
            }
        }

        var next = need is { } n
            ? $"研发投入得分 {Show.Points(best)} 分，{how}可得 {Show.Points(reach)} 分：还需增加研发投入 {Show.YuanUp(n)}"
            : null;
        return Scored(best, label, figures, next);
    }

    /// <summary>The lowest band scoring more than <paramref name="score"/>.</summary>
    private static Band? NextBetter(BandTable table, decimal score)
    {
        for (var k = table.Bands.Count - 1; k >= 0; k--)
        {
            if (table.Bands[k].Points > score)
            {
                return table.Bands[k];
            }
        }

        return null;
    }
}

/// <summary>科技成果指标 (科技型 30 分): any Class Ⅰ right → 30; else by the number of Class Ⅱ rights.</summary>
internal sealed class IpItem(decimal classOnePoints, BandTable classTwo) : ScoredItem
{
    public override string Title => "科技成果指标（知识产权）";

    public override decimal Max => Math.Max(classOnePoints, classTwo.Max);

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

        var figures = $"{facts.Year(i).Year} 年末Ⅰ类知识产权 {Show.Number(one)} 项，Ⅱ类知识产权 {Show.Number(two)} 项";
        if (one >= 1)
        {
            return Scored(classOnePoints, "拥有Ⅰ类知识产权", figures, null);
        }

        var band = classTwo.Find(two);
        var score = classTwo.PointsAt(band);
        var next = $"知识产权得分 {Show.Points(score)} 分：取得 1 项Ⅰ类知识产权（发明专利等）可得 {Show.Points(classOnePoints)} 分";
        if (classTwo.NextAbove(band) is { } up)
        {
            next += $"；或再取得 {Show.Number(up.Bound - two)} 项Ⅱ类知识产权可得 {Show.Points(up.Points)} 分";
        }

        return Scored(score, classTwo.LabelAt(band), figures, next);
    }
}

/// <summary>近五年内获得过国家级科技奖励，并在获奖单位中排名前三.</summary>
internal sealed class NationalAwardRoute : Route
{
    public override string Title => "近五年获国家级科技奖励（获奖单位排名前三）";

    public override DirectRoute Evaluate(FactsView facts) =>
        Met(facts.Flags.NationalAwardLast5Years, facts.Flags.NationalAwardLast5Years ? "近五年获国家级科技奖励，排名前三" : "近五年未获国家级科技奖励");
}

/// <summary>近五年内主导制定过国际标准、国家标准或行业标准.</summary>
internal sealed class LedStandardRoute : Route
{
    public override string Title => "近五年主导制定国际、国家或行业标准";

    public override DirectRoute Evaluate(FactsView facts) =>
        Met(facts.Flags.LedStandardLast5Years, facts.Flags.LedStandardLast5Years ? "近五年主导制定过国际、国家或行业标准" : "近五年未主导制定标准");
}
