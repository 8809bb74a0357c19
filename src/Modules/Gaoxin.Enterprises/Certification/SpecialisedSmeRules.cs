namespace Gaoxin.Enterprises.Certification;

/// <summary>专精特新: 从事特定细分市场时间达到 2 年以上.</summary>
internal sealed class NicheMarketYearsGate(int minYears) : Gate
{
    public override string Title => $"从事特定细分市场 {minYears} 年以上";

    public override GateResult Evaluate(FactsView facts)
    {
        if (facts.Flags.YearsInNicheMarket is not { } years)
        {
            return Lacking(["缺少从事特定细分市场的年限"]);
        }

        if (years < 0)
        {
            return Lacking([$"从事特定细分市场年限为负数（{years}），数据无效，未采用"]);
        }

        var figures = $"从事特定细分市场 {years} 年，要求 {minYears} 年以上";
        return years >= minYears ? Pass(figures) : Fail(figures, $"从事特定细分市场 {years} 年：还需 {minYears - years} 年");
    }
}

/// <summary>专精特新: 上年度研发费用总额不低于 100 万元，且占营业收入总额比重不低于 3%.</summary>
internal sealed class RdAmountAndShareGate(decimal minAmount, decimal minShare) : Gate
{
    public override string Title => $"研发费用不低于 {Show.Yuan(minAmount)} 且占营业收入不低于 {Show.Bound(minShare)}";

    public override GateResult Evaluate(FactsView facts)
    {
        List<string>? missing = null;
        if (!facts.TryLatest(out var i, ref missing))
        {
            return Lacking(missing);
        }

        var ok = facts.TryGet(i, Figure.RdSpend, out var rd, ref missing) & facts.TryGet(i, Figure.TotalRevenue, out var revenue, ref missing);
        if (!ok)
        {
            return Lacking(missing);
        }

        var year = facts.Year(i).Year;
        if (revenue == 0)
        {
            // No R&D amount makes a share of nothing: saying "0 元 more" (as the shortfall below would) misleads.
            return Fail($"{year} 年度研发费用 {Show.Yuan(rd)}，营业收入为 0",
                $"营业收入为 0，研发费用占营业收入比重无法达到 {Show.Pct(minShare)}：需先有营业收入");
        }

        var share = rd / revenue;
        var figures = $"{year} 年度研发费用 {Show.Yuan(rd)}，营业收入 {Show.Yuan(revenue)}，占比 {Show.Pct(share)}";
        if (rd >= minAmount && share >= minShare)
        {
            return Pass(figures);
        }

        // One extra amount must satisfy both: the larger of the two shortfalls.
        var need = Math.Max(minAmount - rd, (minShare * revenue) - rd);
        return Fail(figures, $"研发费用 {Show.Yuan(rd)}、占营业收入 {Show.Pct(share)}，需不低于 {Show.Yuan(minAmount)} 且占比达到 {Show.Pct(minShare)}：还需增加研发投入 {Show.YuanUp(need)}");
    }
}

/// <summary>专精特新: 上年度营业收入总额在 1000 万元以上，或近 2 年新增股权融资总额达到 2000 万元以上.</summary>
internal sealed class RevenueOrEquityGate(decimal minRevenue, decimal minEquity, int equityYears) : Gate
{
    public override string Title => $"营业收入 {Show.Yuan(minRevenue)} 以上或近 {equityYears} 年股权融资 {Show.Yuan(minEquity)} 以上";

    public override GateResult Evaluate(FactsView facts)
    {
        List<string>? missing = null;
        if (!facts.TryLatest(out var i, ref missing))
        {
            return Lacking(missing);
        }

        var hasRevenue = facts.TryGet(i, Figure.TotalRevenue, out var revenue, ref missing);
        if (hasRevenue && revenue >= minRevenue)
        {
            return Pass($"{facts.Year(i).Year} 年度营业收入 {Show.Yuan(revenue)}，不低于 {Show.Yuan(minRevenue)}");
        }

        var hasEquity = facts.TrySumOverLastYears(Figure.EquityRaised, equityYears, out var equity, ref missing);
        if (hasEquity && equity >= minEquity)
        {
            return Pass($"近 {equityYears} 年股权融资 {Show.Yuan(equity)}，不低于 {Show.Yuan(minEquity)}");
        }

        if (!hasRevenue || !hasEquity)
        {
            return Lacking(missing);
        }

        return Fail($"{facts.Year(i).Year} 年度营业收入 {Show.Yuan(revenue)}；近 {equityYears} 年股权融资 {Show.Yuan(equity)}",
            $"营业收入还需增加 {Show.YuanUp(minRevenue - revenue)}，或近 {equityYears} 年股权融资还需增加 {Show.YuanUp(minEquity - equity)}");
    }
}

/// <summary>
/// 专精特新 score categories (专业化 25、精细化 25、特色化 15、创新能力 35). The rules text gives only the maxima
/// (特色化 is set by each province), so reviewers enter each category under its key.
/// </summary>
internal sealed class SpecialisedCategoryItem(string category, decimal max, string expertKey) : ScoredItem(nameof(SpecialisedCategoryItem) + ":" + expertKey)
{
    public override string Title => category;

    public override decimal Max => max;

    public override ItemScore Evaluate(FactsView facts) => Judged(facts, expertKey);
}

/// <summary>专精特新 direct: 近三年获省级科技奖励排名前三，或国家级科技奖励排名前五.</summary>
internal sealed class SpecialisedAwardRoute : Route
{
    public override string Title => "近三年获省级科技奖励（前三）或国家级科技奖励（前五）";

    public override DirectRoute Evaluate(FactsView facts) =>
        Met(facts.Flags.AwardProvincialTop3OrNationalTop5Last3Years,
            facts.Flags.AwardProvincialTop3OrNationalTop5Last3Years ? "近三年获省级科技奖励（前三）或国家级科技奖励（前五）" : "近三年没有符合排名要求的科技奖励");
}

/// <summary>专精特新 direct: 近两年研发费用总额均值在 1000 万元以上 (needs both years).</summary>
internal sealed class AverageRdRoute(decimal minAverage, int years) : Route
{
    public override string Title => $"近 {years} 年研发费用年均 {Show.Yuan(minAverage)} 以上";

    public override DirectRoute Evaluate(FactsView facts)
    {
        List<string>? missing = null;
        if (!facts.TryLastConsecutive(years, out var s, ref missing))
        {
            return Lacking(missing);
        }

        // Every year is read, so each missing one is named.
        decimal sum = 0;
        var ok = true;
        for (var i = s; i < s + years; i++)
        {
            if (facts.TryGet(i, Figure.RdSpend, out var rd, ref missing))
            {
                sum += rd;
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

        var average = sum / years;
        return average >= minAverage
            ? Met(true, $"近 {years} 年研发费用年均 {Show.Yuan(decimal.Round(average, 2))}")
            : Met(false, $"近 {years} 年研发费用年均 {Show.Yuan(decimal.Round(average, 2))}，未达 {Show.Yuan(minAverage)}");
    }
}

/// <summary>专精特新 direct: 近三年进入“创客中国”中小企业创新创业大赛全国 500 强企业组名单.</summary>
internal sealed class ChuangkeTop500Route : Route
{
    public override string Title => "“创客中国”大赛全国 500 强企业组";

    public override DirectRoute Evaluate(FactsView facts) =>
        Met(facts.Flags.ChuangkeTop500, facts.Flags.ChuangkeTop500 ? "进入“创客中国”全国 500 强企业组名单" : "未进入“创客中国”全国 500 强企业组名单");
}
