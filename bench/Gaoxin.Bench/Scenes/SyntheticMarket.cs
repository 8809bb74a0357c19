using Gaoxin.Contracts;

namespace Gaoxin.Bench.Scenes;

/// <summary>
/// Deterministic synthetic Chinese market text for the speed bench: supply (achievements, products) and demand (scenes,
/// demands) built from a vocabulary of the zone's industries with a seeded <see cref="Random"/>. Not for quality: the sentences
/// are templates, only the term statistics (a few hundred technical words, Zipf-like reuse) resemble the real market.
/// </summary>
internal sealed class SyntheticMarket(int seed)
{
    private sealed record Field(ZoneIndustry Industry, string[] Chains, string[] Things, string[] Uses);

    private static readonly Field[] Fields =
    [
        new(ZoneIndustry.NewEnergy, ["钠离子电池", "锂离子电池", "储能系统", "氢能", "光伏", "电池回收"],
            ["正极材料", "负极材料", "硬碳", "电解液", "隔膜", "电芯", "电池包", "电池管理系统", "储能变流器", "液冷储能柜", "电解槽", "燃料电池电堆",
             "逆变器", "光伏组件", "清扫机器人", "充电桩", "换电柜", "前驱体", "导电剂", "集流体", "热管理系统", "消防系统", "能量管理系统"],
            ["两轮电动车", "通信基站备电", "工商业储能", "户用储能", "电网调峰", "低速车", "港口重卡", "光伏电站", "微电网", "数据中心"]),
        new(ZoneIndustry.IntelligentManufacturing, ["激光雷达", "无人驾驶", "工业机器人", "减速器", "故障诊断", "机器视觉"],
            ["激光雷达", "毫米波雷达", "摄像头", "域控制器", "线控底盘", "路侧感知单元", "高精地图", "决策规划算法", "无人配送车", "清扫车", "接驳车",
             "协作机器人", "焊接机器人", "巡检机器人", "RV减速器", "谐波减速器", "伺服电机", "振动传感器", "预测性维护平台", "视觉检测系统", "数字孪生"],
            ["末端配送", "园区接驳", "环卫清扫", "矿区运输", "变电站巡检", "机床上下料", "钢结构焊接", "设备点检", "产线质检", "仓储搬运"]),
        new(ZoneIndustry.AdvancedMaterials, ["化工新材料", "碳材料", "陶瓷材料", "锂资源"],
            ["石墨烯导热膜", "碳纳米管浆料", "气凝胶", "氮化硅陶瓷", "碳纤维构件", "热稳定剂", "无汞催化剂", "吸附剂", "碳酸锂", "电子化学品", "防腐涂料", "高盐废水处理工艺"],
            ["电池散热", "管材型材", "氯碱化工", "卤水提锂", "半导体清洗", "钢结构防腐", "电机轴承", "无人机机身"]),
        new(ZoneIndustry.Traditional, ["泵阀", "输送机械", "硬质合金"],
            ["离心泵", "渣浆泵", "磁力泵", "调节阀", "球阀", "安全阀", "带式输送机", "托辊", "纠偏装置", "撕裂检测装置", "圆管输送机", "斗式提升机",
             "数控刀片", "涂层刀具", "硬质合金棒材", "球齿钻头", "密封环", "冷镦模具", "碳化钨粉"],
            ["泵站节能", "矿浆输送", "化工流程", "电厂输煤", "港口散货", "不锈钢加工", "凿岩钻进", "机械密封", "线路板钻孔", "高速干切削"]),
        new(ZoneIndustry.Other, ["环境监测", "工业软件", "医药健康"],
            ["VOCs在线监测系统", "恶臭监测仪", "水质监测站", "扬尘监测仪", "溯源算法", "MES系统", "排产软件", "能源管理系统", "质量追溯系统", "单据识别",
             "配方颗粒", "康复设备", "冷链箱"],
            ["化工园区", "污水处理厂", "建筑工地", "离散制造", "车间报工", "医院", "养老机构", "环保执法"]),
    ];

    private static readonly string[] Qualities = ["高效", "低成本", "长寿命", "高安全", "轻量化", "智能", "国产化", "耐低温", "耐磨", "高精度", "免维护", "模块化"];

    private static readonly string[] Effects =
    [
        "效率提高百分之{0}", "成本降低百分之{0}", "寿命延长{0}倍", "故障率下降百分之{0}", "能耗降低百分之{0}", "良品率达到百分之九十{0}",
        "零下{0}摄氏度正常工作", "响应时间小于{0}毫秒", "精度达到{0}微米", "节拍提升{0}成",
    ];

    private static readonly string[] Problems = ["人工成本高", "设备经常停机", "能耗居高不下", "冬季性能下降", "环保压力大", "依赖进口", "质量不稳定", "安全隐患多", "维护困难", "效率低"];

    private readonly Random random = new(seed);

    private T Pick<T>(T[] xs) => xs[(int)(Math.Pow(random.NextDouble(), 1.6) * xs.Length)];

    private Field PickField() => Fields[random.Next(Fields.Length)];

    /// <summary>One supply item: title, body (≈ 80–160 characters), industry, chain link, readiness.</summary>
    public (string Title, string Body, ZoneIndustry Industry, string Chain, int Readiness) Supply()
    {
        var f = PickField();
        var thing = Pick(f.Things);
        var other = Pick(f.Things);
        var title = $"{Pick(Qualities)}{thing}{(random.Next(3) == 0 ? "及其制备方法" : random.Next(2) == 0 ? "系统" : string.Empty)}";
        var body = $"面向{Pick(f.Uses)}和{Pick(f.Uses)}，研制{Pick(Qualities)}{thing}，采用{Pick(Qualities)}{other}与{Pick(f.Things)}协同设计，" +
            $"{string.Format(null, Pick(Effects), random.Next(2, 9))}，{string.Format(null, Pick(Effects), random.Next(2, 9))}。" +
            $"解决{Pick(Problems)}和{Pick(Problems)}的问题，已在{Pick(f.Uses)}场景完成验证，可提供样品、技术许可或联合开发。";
        return (title, body, f.Industry, Pick(f.Chains), random.Next(3, 10));
    }

    /// <summary>One demand or scene as a buyer writes it (also the shape of the bench's queries).</summary>
    public (string Title, string Body, ZoneIndustry Industry, string Chain) Demand()
    {
        var f = PickField();
        var thing = Pick(f.Things);
        var title = $"{Pick(f.Uses)}需要{Pick(Qualities)}{thing}";
        var body = $"我们在{Pick(f.Uses)}中{Pick(Problems)}，{Pick(Problems)}，想找{Pick(Qualities)}的{thing}或{Pick(f.Things)}，" +
            $"要求{string.Format(null, Pick(Effects), random.Next(2, 9))}，欢迎有成熟产品或成果的单位对接。";
        return (title, body, f.Industry, Pick(f.Chains));
    }
}
