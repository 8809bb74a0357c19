namespace Gaoxin.Enterprises.Certification;

/// <summary>Which of the 创新型中小企业 score groups an item counts towards (each has its own minimum).</summary>
internal enum InnovativeGroup
{
    Innovation = 1,
    Growth = 2,
    Specialisation = 3,
}

/// <summary>
/// 创新型 与企业主导产品相关的有效知识产权 (20): Ⅰ类高价值 → 20; 自主研发Ⅰ类 → 15; Ⅰ类 → 10; Ⅱ类 → 5; none → 0
/// (the measures' table; the rules text's "by count and class").
/// </summary>
internal sealed class InnovativeIpItem(InnovativeSmeScheme p) : ScoredItem
{
    public override string Title => "有效知识产权";

    public override decimal Max => p.IpHighValuePoints;

    public override ItemScore Evaluate(FactsView facts)
    {
        List<string>? missing = null;
        if (!facts.TryLatest(out var i, ref missing))
        {
            return Lacking(missing);
        }

        // One statement joined by `&` (not `&&`): every figure is read, so every missing one is named; and a mutation
        // tool can mutate each read without removing a declaration.
        var ok = facts.TryGet(i, Figure.ClassOneIp, out var one, ref missing)
            & facts.TryGet(i, Figure.ClassTwoIp, out var two, ref missing)
            & facts.TryGet(i, Figure.HighValueClassOneIp, out var highValue, ref missing)
            & facts.TryGet(i, Figure.SelfDevelopedClassOneIp, out var self, ref missing);
        if (!ok)
        {
            return Lacking(missing);
        }

        var figures = $"{facts.Year(i).Year} 年末Ⅰ类知识产权 {Show.Number(one)} 项（其中高价值 {Show.Number(highValue)} 项、自主研发 {Show.Number(self)} 项），Ⅱ类 {Show.Number(two)} 项";
        var (score, band) = highValue >= 1 ? (p.IpHighValuePoints, "Ⅰ类高价值知识产权 1 项以上")
            : self >= 1 ? (p.IpSelfDevelopedPoints, "自主研发Ⅰ类知识产权 1 项以上")
            : one >= 1 ? (p.IpClassOnePoints, "Ⅰ类知识产权 1 项以上")
            : two >= 1 ? (p.IpClassTwoPoints, "Ⅱ类知识产权 1 项以上")
            : (0m, "无知识产权");
        var next = score switch
        {
            _ when score >= p.IpHighValuePoints => null,
            _ when score >= p.IpSelfDevelopedPoints => $"知识产权 {Show.Points(score)} 分：拥有 1 项Ⅰ类高价值知识产权可得 {Show.Points(p.IpHighValuePoints)} 分",
            _ when score >= p.IpClassOnePoints => $"知识产权 {Show.Points(score)} 分：自主研发取得 1 项Ⅰ类知识产权可得 {Show.Points(p.IpSelfDevelopedPoints)} 分",
            _ when score >= p.IpClassTwoPoints => $"知识产权 {Show.Points(score)} 分：取得 1 项Ⅰ类知识产权可得 {Show.Points(p.IpClassOnePoints)} 分",
            _ => $"知识产权 0 分：取得 1 项Ⅱ类知识产权可得 {Show.Points(p.IpClassTwoPoints)} 分",
        };
        return Scored(score, band, figures, next);
    }
}

/// <summary>创新型 研发费用总额占营业收入总额比重 (20), latest year.</summary>
internal sealed class RdToRevenueItem(BandTable bands) : ScoredItem
{
    public override string Title => "研发费用占营业收入比重";

    public override decimal Max => bands.Max;

    public override ItemScore Evaluate(FactsView facts)
    {
        List<string>? missing = null;
        if (!facts.TryLatest(out var i, ref missing))
        {
            return Lacking(missing);
        }

        // One statement joined by `&` (not `&&`): every figure is read, so every missing one is named; and a mutation
        // tool can mutate each read without removing a declaration.
        var ok = facts.TryGet(i, Figure.RdSpend, out var rd, ref missing)
            & facts.TryGet(i, Figure.TotalRevenue, out var revenue, ref missing);
        if (!ok)
        {
            return Lacking(missing);
        }

        if (revenue == 0)
        {
            return Lacking([$"{facts.Year(i).Year} 年度营业收入为 0，无法计算研发费用占比"]);
        }

        var ratio = rd / revenue;
        var band = bands.Find(ratio);
        var score = bands.PointsAt(band);
        var figures = $"{facts.Year(i).Year} 年度研发费用 {Show.Yuan(rd)} ÷ 营业收入 {Show.Yuan(revenue)} = {Show.Pct(ratio)}";
        var next = bands.NextAbove(band) is { } up
            ? $"研发费用占营业收入 {Show.Pct(ratio)}（{Show.Points(score)} 分），达到 {Show.Bound(up.Bound)} 可得 {Show.Points(up.Points)} 分：还需增加研发投入 {Show.YuanUp((up.Bound * revenue) - rd)}"
            : null;
        return Scored(score, bands.LabelAt(band), figures, next);
    }
}

/// <summary>创新型 主营业务收入增长率 (20): latest year over the one before.</summary>
internal sealed class MainRevenueGrowthItem(BandTable bands) : ScoredItem
{
    public override string Title => "主营业务收入增长率";

    public override decimal Max => bands.Max;

    public override ItemScore Evaluate(FactsView facts)
    {
        List<string>? missing = null;
        if (!facts.TryLastConsecutive(2, out var s, ref missing))
        {
            return Lacking(missing);
        }

        // One statement joined by `&` (not `&&`): every figure is read, so every missing one is named; and a mutation
        // tool can mutate each read without removing a declaration.
        var ok = facts.TryGet(s, Figure.MainBusinessRevenue, out var before, ref missing)
            & facts.TryGet(s + 1, Figure.MainBusinessRevenue, out var latest, ref missing);
        if (!ok)
        {
            return Lacking(missing);
        }

        var values = $"主营业务收入 {facts.Year(s).Year} 年 {Show.Yuan(before)}、{facts.Year(s + 1).Year} 年 {Show.Yuan(latest)}";
        if (before == 0)
        {
            // No base year revenue: a growth rate does not exist, and inventing one would hand out points.
            return Scored(0, "上年无主营业务收入", values + "；上年主营业务收入为 0，增长率无法计算，按 0 分计", null);
        }

        var rate = (latest / before) - 1m;
        var band = bands.Find(rate);
        var score = bands.PointsAt(band);
        var next = bands.NextAbove(band) is { } up
            ? $"主营业务收入增长率 {Show.Pct(rate)}（{Show.Points(score)} 分），达到 {Show.Bound(up.Bound)} 可得 {Show.Points(up.Points)} 分：{facts.Year(s + 1).Year} 年主营业务收入需达到 {Show.YuanUp(before * (1m + up.Bound))}（增加 {Show.YuanUp((before * (1m + up.Bound)) - latest)}）"
            : null;
        return Scored(score, bands.LabelAt(band), values + $"；增长率 {Show.Pct(rate)}", next);
    }
}

/// <summary>创新型 资产负债率 (10): lower is better; 55% exactly is in 55–75%.</summary>
internal sealed class DebtRatioItem(BandTable bands) : ScoredItem
{
    public override string Title => "资产负债率";

    public override decimal Max => bands.Max;

    public override ItemScore Evaluate(FactsView facts)
    {
        List<string>? missing = null;
        if (!facts.TryLatest(out var i, ref missing))
        {
            return Lacking(missing);
        }

        if (!facts.TryGet(i, Figure.DebtRatio, out var ratio, ref missing))
        {
            return Lacking(missing);
        }

        var band = bands.Find(ratio);
        var score = bands.PointsAt(band);
        string? next = null;
        if (bands.NextAbove(band) is { } up)
        {
            var target = up.Kind == BandKind.Below ? $"降到 {Show.Bound(up.Bound)} 以下" : $"降到 {Show.Bound(up.Bound)} 及以下";
            next = $"资产负债率 {Show.Pct(ratio)}（{Show.Points(score)} 分），{target}可得 {Show.Points(up.Points)} 分：需降低 {Show.Number(decimal.Round((ratio - up.Bound) * 100m, 2))} 个百分点{(up.Kind == BandKind.Below ? "以上" : string.Empty)}";
        }

        return Scored(score, bands.LabelAt(band), $"{facts.Year(i).Year} 年末资产负债率 {Show.Pct(ratio)}", next);
    }
}

/// <summary>创新型 主导产品所属领域 (10): in the 战略性新兴产业分类 catalogue → 10, else 5.</summary>
internal sealed class StrategicCatalogueItem(decimal inCatalogue, decimal otherwise) : ScoredItem
{
    public override string Title => "主导产品所属领域";

    public override decimal Max => Math.Max(inCatalogue, otherwise);

    public override ItemScore Evaluate(FactsView facts) =>
        facts.Flags.InStrategicEmergingCatalogue
            ? Scored(inCatalogue, "属于战略性新兴产业", "主导产品属于《战略性新兴产业分类》", null)
            : Scored(otherwise, "其他领域", "主导产品不属于《战略性新兴产业分类》",
                $"主导产品所属领域 {Show.Points(otherwise)} 分：主导产品属于战略性新兴产业可得 {Show.Points(inCatalogue)} 分");
}

/// <summary>创新型 主营业务收入占营业收入比重 (20), latest year; the gap assumes total revenue unchanged.</summary>
internal sealed class MainBusinessShareItem(BandTable bands) : ScoredItem
{
    public override string Title => "主营业务收入占营业收入比重";

    public override decimal Max => bands.Max;

    public override ItemScore Evaluate(FactsView facts)
    {
        List<string>? missing = null;
        if (!facts.TryLatest(out var i, ref missing))
        {
            return Lacking(missing);
        }

        // One statement joined by `&` (not `&&`): every figure is read, so every missing one is named; and a mutation
        // tool can mutate each read without removing a declaration.
        var ok = facts.TryGet(i, Figure.MainBusinessRevenue, out var main, ref missing)
            & facts.TryGet(i, Figure.TotalRevenue, out var total, ref missing);
        if (!ok)
        {
            return Lacking(missing);
        }

        if (total == 0)
        {
            return Lacking([$"{facts.Year(i).Year} 年度营业收入为 0，无法计算主营业务收入占比"]);
        }

        var share = main / total;
        var band = bands.Find(share);
        var score = bands.PointsAt(band);
        var next = bands.NextAbove(band) is { } up
            ? $"主营业务收入占比 {Show.Pct(share)}（{Show.Points(score)} 分），达到 {Show.Bound(up.Bound)} 可得 {Show.Points(up.Points)} 分：主营业务收入还需增加 {Show.YuanUp((up.Bound * total) - main)}（按营业收入总额不变计算）"
            : null;
        return Scored(score, bands.LabelAt(band), $"{facts.Year(i).Year} 年度主营业务收入 {Show.Yuan(main)} ÷ 营业收入 {Show.Yuan(total)} = {Show.Pct(share)}", next);
    }
}

/// <summary>创新型 direct: 近三年内获得过国家级、省级科技奖励.</summary>
internal sealed class AwardLast3YearsRoute : Route
{
    public override string Title => "近三年获国家级或省级科技奖励";

    public override DirectRoute Evaluate(FactsView facts)
    {
        var f = facts.Flags;
        return f.NationalAwardLast3Years || f.ProvincialAwardLast3Years
            ? Met(true, f.NationalAwardLast3Years ? "近三年获国家级科技奖励" : "近三年获省级科技奖励")
            : Met(false, "近三年未获国家级或省级科技奖励");
    }
}

/// <summary>创新型 direct: 获得高新技术企业、国家级技术创新示范企业、知识产权优势企业和示范企业等荣誉（均为有效期内）.</summary>
internal sealed class HighTechOrSimilarRoute : Route
{
    private readonly ValidHighTechCertificateRoute highTech = new();

    public override string Title => "有效期内的高新技术企业或同类国家级荣誉";

    public override DirectRoute Evaluate(FactsView facts)
    {
        var ht = highTech.Evaluate(facts);
        if (ht.Met)
        {
            return Met(true, ht.Evidence);
        }

        return facts.Flags.SimilarNationalTitle
            ? Met(true, "拥有有效期内的国家级技术创新示范企业等同类荣誉")
            : Met(false, ht.Evidence + "，也没有同类国家级荣誉");
    }
}
