using Gaoxin.Contracts;
using Gaoxin.Scenes.Matching;

namespace Gaoxin.Scenes.Tests.Matching;

/// <summary>Ranking cases with a known order, on an in-memory index of its own.</summary>
public sealed class MatcherRankingTests : IDisposable
{
    private static readonly Guid Zone = Guid.NewGuid();
    private static readonly Guid OtherZone = Guid.NewGuid();
    private static readonly Guid Cathode = Guid.NewGuid();
    private static readonly Guid Anode = Guid.NewGuid();
    private static readonly Guid Pump = Guid.NewGuid();
    private static readonly Guid Lidar = Guid.NewGuid();
    private static readonly Guid ForeignCathode = Guid.NewGuid();
    private readonly MarketIndex index = new();

    public MatcherRankingTests()
    {
        index.UpsertMany(
        [
            new(MarketDocKind.Achievement, Cathode, Zone, "钠离子电池层状氧化物正极材料制备技术",
                "采用共沉淀法制备层状氧化物正极材料，首次效率高，循环寿命超过3000次，适用于储能电池。", ZoneIndustry.NewEnergy,
                "正极材料", 6, null, "H01M4/505", null, Guid.NewGuid()),
            new(MarketDocKind.Achievement, Anode, Zone, "生物质硬碳负极材料",
                "以生物质为原料制备硬碳负极材料，用于钠离子电池，比容量高，循环寿命长。", ZoneIndustry.NewEnergy,
                "负极材料", 5, null, "H01M4/587", null, Guid.NewGuid()),
            new(MarketDocKind.Product, Pump, Zone, "智能离心泵",
                "高效节能离心泵，带在线监测与故障诊断，寿命长。", ZoneIndustry.Traditional, "泵阀", 9, "ISO9001", null, null, Guid.NewGuid()),
            new(MarketDocKind.Product, Lidar, Zone, "车规级激光雷达",
                "128线激光雷达，用于无人驾驶车辆的环境感知。", ZoneIndustry.IntelligentManufacturing, "感知", 8, "IATF16949", null, null, Guid.NewGuid()),
            new(MarketDocKind.Achievement, ForeignCathode, OtherZone, "钠离子电池层状氧化物正极材料",
                "层状氧化物正极材料循环寿命。", ZoneIndustry.NewEnergy, "正极材料", 7, null, null, null, Guid.NewGuid()),
        ]);
        index.Refresh();
    }

    public void Dispose() => index.Dispose();

    private static readonly MarketDocKind[] Supply = [MarketDocKind.Achievement, MarketDocKind.Product];

    [Fact]
    public void The_cathode_achievement_ranks_above_the_anode_one_above_an_unrelated_product()
    {
        var hits = new Matcher(index).Match(new MatchQuery(Zone, "层状氧化物正极材料循环寿命", "需要提升钠电正极材料的循环寿命",
            ZoneIndustry.NewEnergy, "正极材料", null, null, null, Supply), 10);

        var order = hits.Select(h => h.Id).ToList();
        order[0].ShouldBe(Cathode);
        order.IndexOf(Anode).ShouldBeGreaterThan(0);
        if (order.Contains(Pump))
        {
            order.IndexOf(Pump).ShouldBeGreaterThan(order.IndexOf(Anode));
        }

        hits[0].MatchedTerms.ShouldContain("正极材料");
        hits[0].Reasons.Select(r => r.RuleName).ShouldContain("SameChainLinkRule");
        hits[0].Reasons.Select(r => r.Text).ShouldContain("同属新能源产业");
    }

    [Fact]
    public void An_abbreviation_finds_the_full_term()
    {
        var hits = new Matcher(index).Match(new MatchQuery(Zone, "钠电", "", null, null, null, null, null, Supply), 10);
        hits.Select(h => h.Id).ShouldContain(Cathode);
        hits.First(h => h.Id == Cathode).MatchedTerms.ShouldContain("钠离子电池");
    }

    [Fact]
    public void Unmanned_vehicle_words_find_the_lidar()
    {
        var hits = new Matcher(index).Match(new MatchQuery(Zone, "无人车环境感知", "园区无人车巡逻需要感知障碍物", null, null, null, null, null, Supply), 10);
        hits[0].Id.ShouldBe(Lidar);
    }

    [Fact]
    public void Another_zone_and_other_kinds_are_never_returned()
    {
        var hits = new Matcher(index).Match(new MatchQuery(Zone, "层状氧化物正极材料", "", null, null, null, null, null, [MarketDocKind.Achievement]), 50);
        hits.ShouldNotContain(h => h.Id == ForeignCathode);
        hits.ShouldAllBe(h => h.Kind == MarketDocKind.Achievement);
    }

    [Fact]
    public void Readiness_below_the_minimum_demotes_with_the_reason()
    {
        var hits = new Matcher(index).Match(new MatchQuery(Zone, "钠离子电池", "", null, null, 6, null, null, Supply), 10);
        var anode = hits.Single(h => h.Id == Anode);
        anode.Reasons.ShouldContain(r => r.RuleName == "ReadinessRule" && r.Effect < 0 && r.Text == "技术成熟度5级，低于要求的6级");
        hits.Single(h => h.Id == Cathode).Reasons.ShouldContain(r => r.RuleName == "ReadinessRule" && r.Effect > 0);
    }

    [Fact]
    public void Plain_bm25_has_no_reasons_and_still_ranks_text()
    {
        var hits = new Matcher(index).Match(new MatchQuery(Zone, "层状氧化物正极材料", "", null, null, null, null, null, Supply, Plain: true), 10);
        hits[0].Id.ShouldBe(Cathode);
        hits.ShouldAllBe(h => h.Reasons.Count == 0);
    }

    [Fact]
    public void A_removed_or_replaced_document_is_matched_as_it_is_now()
    {
        var id = Guid.NewGuid();
        index.Upsert(new(MarketDocKind.Product, id, Zone, "谐波减速器", "机器人关节谐波减速器", ZoneIndustry.IntelligentManufacturing, null, 9, null, null, null, null));
        var matcher = new Matcher(index);
        matcher.Match(new MatchQuery(Zone, "谐波减速器", "", null, null, null, null, null, Supply), 5).ShouldContain(h => h.Id == id);

        index.Upsert(new(MarketDocKind.Product, id, Zone, "行星齿轮箱", "工程机械齿轮箱", ZoneIndustry.Traditional, null, 9, null, null, null, null));
        matcher.Match(new MatchQuery(Zone, "谐波减速器", "", null, null, null, null, null, Supply), 5).ShouldNotContain(h => h.Id == id);

        index.Remove(MarketDocKind.Product, id);
        matcher.Match(new MatchQuery(Zone, "行星齿轮箱", "", null, null, null, null, null, Supply), 5).ShouldNotContain(h => h.Id == id);
    }

    [Fact]
    public void Empty_query_or_no_kinds_gives_nothing()
    {
        new Matcher(index).Match(new MatchQuery(Zone, "", "的", null, null, null, null, null, Supply), 10).ShouldBeEmpty();
        new Matcher(index).Match(new MatchQuery(Zone, "正极材料", "", null, null, null, null, null, []), 10).ShouldBeEmpty();
        new Matcher(index).Match(new MatchQuery(Zone, "正极材料", "", null, null, null, null, null, Supply), 0).ShouldBeEmpty();
    }

    [Fact]
    public void Count_follows_upserts_and_removes()
    {
        index.Count.ShouldBe(5);
        index.Remove(MarketDocKind.Product, Pump);
        index.Count.ShouldBe(4);
    }
}

/// <summary>The two passes at scale: the rarest terms pick candidates, the whole query orders them.</summary>
public sealed class MatcherTwoPassTests : IDisposable
{
    private static readonly Guid Zone = Guid.NewGuid();
    private static readonly MarketDocKind[] Supply = [MarketDocKind.Achievement, MarketDocKind.Product];
    private readonly MarketIndex index = new();

    public void Dispose() => index.Dispose();

    private static MarketDocument Product(Guid id, string title, string body) =>
        new(MarketDocKind.Product, id, Zone, title, body, ZoneIndustry.Traditional, null, 8, null, null, null, Guid.NewGuid());

    [Fact]
    public void Among_more_candidates_than_the_first_pass_keeps_the_whole_query_ranks_the_best_first()
    {
        // 150 products share the word 托辊 and 300 more the need's common words: more matches than the first pass's 100
        // candidates, so the second pass orders them; the one product that answers both must come first.
        var best = Guid.NewGuid();
        var docs = Enumerable.Range(0, 150)
            .Select(i => Product(Guid.NewGuid(), $"托辊型号{i}", $"托辊规格{i}，用于矿山。")).ToList();
        docs.Add(Product(best, "托辊", "托辊轴承密封改进，旋转阻力降低，输送机节能降耗，电耗下降。"));
        docs.AddRange(Enumerable.Range(0, 300).Select(i => Product(Guid.NewGuid(), $"输送机配件{i}", "输送机节能降耗，电耗下降。")));
        index.UpsertMany(docs);
        index.Refresh();

        var hits = new Matcher(index).Match(new MatchQuery(Zone, "托辊阻力大", "托辊旋转阻力大，输送机电耗高，想节能降耗。",
            null, null, null, null, null, Supply), 10);

        hits[0].Id.ShouldBe(best);
    }

    [Fact]
    public void A_query_whose_rarest_words_are_in_other_kinds_still_finds_its_own_kind()
    {
        // The product looking for demands is itself indexed, so its own words are the rarest; none is in a demand.
        var product = Guid.NewGuid();
        var demand = Guid.NewGuid();
        var docs = Enumerable.Range(0, 150).Select(i => Product(Guid.NewGuid(), $"巡检机器人{i}", $"变电站巡检机器人{i}号")).ToList();
        docs.Add(Product(product, "声纹故障诊断仪", "声纹识别定位托辊故障，巡检机器人搭载。"));
        docs.Add(new(MarketDocKind.Demand, demand, Zone, "巡检机器人需求", "需要巡检机器人巡视厂区。", ZoneIndustry.Traditional, null, null, null, null, null, Guid.NewGuid()));
        index.UpsertMany(docs);
        index.Refresh();

        var hits = new Matcher(index).Match(new MatchQuery(Zone, "声纹故障诊断仪", "声纹识别定位托辊故障，巡检机器人搭载。",
            null, null, null, null, null, [MarketDocKind.Demand]), 10);

        hits.Select(h => h.Id).ShouldBe([demand]);
    }
}
