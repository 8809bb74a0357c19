namespace Gaoxin.Enterprises.Certification;

/// <summary>
/// Runs one scheme version's gates, items and routes over checked facts and decides the verdict. Rule objects are
/// built once per version and reused; an evaluation allocates only its results.
/// </summary>
internal abstract class SchemeEvaluator
{
    private readonly Gate[] gates;
    private readonly ScoredItem[] items;
    private readonly Route[] routes;

    protected SchemeEvaluator(SchemeVersion version, Gate[] gates, ScoredItem[] items, Route[] routes)
    {
        Version = version;
        this.gates = gates;
        this.items = items;
        this.routes = routes;
    }

    public SchemeVersion Version { get; }

    public IReadOnlyList<Gate> Gates => gates;

    public IReadOnlyList<ScoredItem> Items => items;

    public IReadOnlyList<Route> Routes => routes;

    public Evaluation Evaluate(FactsView facts)
    {
        List<string>? missing = null;
        var gateResults = new List<GateResult>();
        bool gateFailed = false, gateMissing = false;
        foreach (var g in gates)
        {
            var r = g.Evaluate(facts);
            gateResults.Add(r);
            gateFailed |= r.Passed == false;
            gateMissing |= r.Passed is null;
            AddAll(ref missing, r.Missing);
        }

        var itemResults = new ItemScore[items.Length];
        decimal total = 0, min = 0, max = 0;
        var itemMissing = false;
        for (var i = 0; i < items.Length; i++)
        {
            var r = items[i].Evaluate(facts);
            itemResults[i] = r;
            total += r.Score;
            min += r.MinPossible;
            max += r.MaxPossible;
            itemMissing |= r.Missing is { Count: > 0 };
            AddAll(ref missing, r.Missing);
        }

        var routeResults = new DirectRoute[routes.Length];
        bool routeMet = false, routeMissing = false;
        for (var i = 0; i < routes.Length; i++)
        {
            var r = routes[i].Evaluate(facts);
            routeResults[i] = r;
            routeMet |= r.Met;
            routeMissing |= r.Missing is { Count: > 0 };
            AddAll(ref missing, r.Missing);
        }

        var passesNow = Passes(itemResults, optimistic: false);
        var passesAtBest = Passes(itemResults, optimistic: true);
        var verdict =
            gateFailed ? Verdict.DoesNotQualify
            : gateMissing ? Verdict.MissingData
            : routeMet ? Verdict.QualifiesDirectly
            : passesNow ? Verdict.Qualifies
            : itemMissing || routeMissing ? Verdict.MissingData
            : passesAtBest ? Verdict.AwaitingExperts
            : Verdict.DoesNotQualify;

        AfterItems(gateResults, min, max, itemMissing);

        var gaps = new List<string>();
        foreach (var g in gateResults)
        {
            if (g.Passed == false && g.Gap is not null)
            {
                gaps.Add(g.Gap);
            }
        }

        if (verdict is not (Verdict.Qualifies or Verdict.QualifiesDirectly))
        {
            Shortfall(itemResults, min, max, gaps);
            foreach (var item in itemResults)
            {
                if (item.NextBand is not null)
                {
                    gaps.Add(item.NextBand);
                }
            }
        }

        return new Evaluation(
            Version.Scheme,
            Version.Version,
            facts.AsOf,
            verdict,
            total,
            min,
            max,
            Version.PassMark,
            gateResults,
            itemResults,
            routeResults,
            gaps,
            missing ?? (IReadOnlyList<string>)[]);
    }

    /// <summary>Whether the scheme's pass rule holds with each item at its settled score (or, optimistic, at its best reachable).</summary>
    protected abstract bool Passes(ItemScore[] items, bool optimistic);

    /// <summary>Says in words why the score falls short of the pass rule.</summary>
    protected abstract void Shortfall(ItemScore[] items, decimal min, decimal max, List<string> gaps);

    /// <summary>Gates that depend on the score (高新 创新能力评价), added after the items.</summary>
    protected virtual void AfterItems(List<GateResult> gates, decimal min, decimal max, bool missingData)
    {
    }

    protected static decimal Value(ItemScore item, bool optimistic) => optimistic ? item.MaxPossible : item.MinPossible;

    protected static decimal Sum(ItemScore[] items, bool optimistic)
    {
        decimal sum = 0;
        foreach (var i in items)
        {
            sum += Value(i, optimistic);
        }

        return sum;
    }

    protected void TotalShortfall(decimal min, decimal max, List<string> gaps)
    {
        var mark = Version.PassMark;
        if (max < mark)
        {
            gaps.Add($"总分最多 {Show.Points(max)} 分，需 {Show.Points(mark)} 分以上：还差 {Show.Points(mark - max)} 分");
        }
        else if (min < mark && min != max)
        {
            gaps.Add($"总分目前可达 {Show.Points(min)}–{Show.Points(max)} 分（待专家评分或补齐数据），需 {Show.Points(mark)} 分以上");
        }
    }

    private static void AddAll(ref List<string>? list, IReadOnlyList<string>? more)
    {
        if (more is null)
        {
            return;
        }

        foreach (var m in more)
        {
            FactsView.Add(ref list, m);
        }
    }
}

/// <summary>科技型中小企业: gates, then total ≥ 60 with a non-zero tech-staff score, or a direct route.</summary>
internal sealed class TechSmeEvaluator(TechSmeScheme p) : SchemeEvaluator(
    p,
    [
        new ResidentEnterpriseGate(),
        new StaffCeilingGate(p.MaxStaff),
        new SalesCeilingGate(p.MaxSales),
        new AssetsCeilingGate(p.MaxAssets),
        new ProductsNotRestrictedGate(),
        new NoMajorIncidentGate(),
        new NotOnAbnormalOrDishonestListGate(),
    ],
    [
        new TechStaffShareItem(p.TechStaffShare),
        new RdIntensityItem(p.RdToSales, p.RdToCosts),
        new IpItem(p.ClassOneIpPoints, p.ClassTwoIpCount),
    ],
    [
        new ValidHighTechCertificateRoute(),
        new NationalAwardRoute(),
        new ProvincialRdInstitutionRoute(),
        new LedStandardRoute(),
    ])
{
    // Item 0 is the tech-staff item: a zero there fails whatever the total.
    protected override bool Passes(ItemScore[] items, bool optimistic) =>
        Sum(items, optimistic) >= p.PassMark && Value(items[0], optimistic) > 0;

    protected override void Shortfall(ItemScore[] items, decimal min, decimal max, List<string> gaps)
    {
        TotalShortfall(min, max, gaps);
        if (items[0].MaxPossible == 0)
        {
            gaps.Add("科技人员指标得分为 0：无论总分多少都不能通过评价，科技人员占比至少需达到 10%");
        }
    }
}

/// <summary>高新技术企业: every condition, including 创新能力评价 ≥ 71; no direct route.</summary>
internal sealed class HighTechEvaluator(HighTechScheme p) : SchemeEvaluator(
    p,
    [
        new RegisteredOneYearGate(p.MinRegisteredYears),
        new CoreIpGate(),
        new KeyHighTechFieldGate(),
        new TechStaffShareGate(p.MinTechStaffShare),
        new HighTechRdRatioBySalesBandGate(p.RdBySales, p.RdYears),
        new RdInChinaShareGate(p.MinRdInChinaShare, p.RdYears),
        new HighTechProductIncomeShareGate(p.MinHighTechIncomeShare),
        new NoMajorIncidentGate(),
    ],
    [
        new IpCountItem(p.IpClassOne, p.IpClassTwoCount),
        new IpQualityItem(p.IpMax - Math.Max(p.IpClassOne.PointsTop, p.IpClassTwoCount.Max)),
        new ConversionItem(p.ConversionsPerYear, p.RdYears),
        new RdManagementItem("研发组织管理制度与研发费用核算", p.RdSystemMax, ExpertKeys.HighTechRdSystem),
        new RdManagementItem("研发机构与产学研合作", p.RdInstitutionMax, ExpertKeys.HighTechRdInstitution),
        new RdManagementItem("成果转化激励与创新创业平台", p.RdConversionIncentiveMax, ExpertKeys.HighTechRdConversionIncentive),
        new RdManagementItem("人才培养、引进与绩效奖励", p.RdTalentMax, ExpertKeys.HighTechRdTalent),
        new NetAssetGrowthItem(p.Growth),
        new SalesGrowthItem(p.Growth),
    ],
    [])
{
    private readonly InnovationScoreGate innovation = new(p.PassMark);

    protected override bool Passes(ItemScore[] items, bool optimistic) => Sum(items, optimistic) >= p.PassMark;

    protected override void Shortfall(ItemScore[] items, decimal min, decimal max, List<string> gaps)
    {
        if (max < p.PassMark)
        {
            gaps.Add($"创新能力评价最多 {Show.Points(max)} 分，需 {Show.Points(p.PassMark)} 分以上：还差 {Show.Points(p.PassMark - max)} 分");
        }
        else if (min < p.PassMark)
        {
            gaps.Add($"创新能力评价目前可达 {Show.Points(min)}–{Show.Points(max)} 分（待专家评分或补齐数据），需 {Show.Points(p.PassMark)} 分以上");
        }
    }

    protected override void AfterItems(List<GateResult> gates, decimal min, decimal max, bool missingData) =>
        gates.Add(innovation.Evaluate(min, max, missingData));
}

/// <summary>创新型中小企业: total ≥ 60 with each group's minimum, or a direct route; the measures' general conditions are gates.</summary>
internal sealed class InnovativeSmeEvaluator : SchemeEvaluator
{
    private static readonly InnovativeGroup[] Groups =
    [
        InnovativeGroup.Innovation, InnovativeGroup.Innovation,
        InnovativeGroup.Growth, InnovativeGroup.Growth,
        InnovativeGroup.Specialisation, InnovativeGroup.Specialisation,
    ];

    private readonly InnovativeSmeScheme p;

    public InnovativeSmeEvaluator(InnovativeSmeScheme p)
        : base(
            p,
            [
                new ResidentEnterpriseGate(),
                new ProductsNotRestrictedGate(),
                new NoMajorIncidentGate(),
                new NotOnAbnormalOrDishonestListGate(),
            ],
            [
                new InnovativeIpItem(p),
                new RdToRevenueItem(p.RdToRevenue),
                new MainRevenueGrowthItem(p.MainRevenueGrowth),
                new DebtRatioItem(p.DebtRatio),
                new StrategicCatalogueItem(p.InCataloguePoints, p.NotInCataloguePoints),
                new MainBusinessShareItem(p.MainBusinessShare),
            ],
            [
                new AwardLast3YearsRoute(),
                new HighTechOrSimilarRoute(),
                new ProvincialRdInstitutionRoute(),
                new EquityRaisedRoute(p.DirectEquityRaised, p.DirectEquityYears),
            ]) => this.p = p;

    public static decimal GroupSum(ItemScore[] items, InnovativeGroup group, bool optimistic)
    {
        decimal sum = 0;
        for (var i = 0; i < items.Length; i++)
        {
            if (Groups[i] == group)
            {
                sum += Value(items[i], optimistic);
            }
        }

        return sum;
    }

    protected override bool Passes(ItemScore[] items, bool optimistic) =>
        Sum(items, optimistic) >= p.PassMark
        && GroupSum(items, InnovativeGroup.Innovation, optimistic) >= p.MinInnovation
        && GroupSum(items, InnovativeGroup.Growth, optimistic) >= p.MinGrowth
        && GroupSum(items, InnovativeGroup.Specialisation, optimistic) >= p.MinSpecialisation;

    protected override void Shortfall(ItemScore[] items, decimal min, decimal max, List<string> gaps)
    {
        TotalShortfall(min, max, gaps);
        Minimum(items, InnovativeGroup.Innovation, "创新能力", p.MinInnovation, gaps);
        Minimum(items, InnovativeGroup.Growth, "成长性", p.MinGrowth, gaps);
        Minimum(items, InnovativeGroup.Specialisation, "专业化", p.MinSpecialisation, gaps);
    }

    private static void Minimum(ItemScore[] items, InnovativeGroup group, string title, decimal minimum, List<string> gaps)
    {
        var best = GroupSum(items, group, optimistic: true);
        if (best < minimum)
        {
            gaps.Add($"{title}指标 {Show.Points(best)} 分，需不低于 {Show.Points(minimum)} 分：还差 {Show.Points(minimum - best)} 分");
        }
    }
}

/// <summary>专精特新中小企业: the four conditions, then score ≥ 60 or a direct item.</summary>
internal sealed class SpecialisedSmeEvaluator(SpecialisedSmeScheme p) : SchemeEvaluator(
    p,
    [
        new ResidentEnterpriseGate(),
        new ProductsNotRestrictedGate(),
        new NoMajorIncidentGate(),
        new NotOnAbnormalOrDishonestListGate(),
        new NicheMarketYearsGate(p.MinNicheYears),
        new RdAmountAndShareGate(p.MinRdAmount, p.MinRdToRevenue),
        new RevenueOrEquityGate(p.MinRevenue, p.AlternativeEquityRaised, p.AlternativeEquityYears),
    ],
    [
        new SpecialisedCategoryItem("专业化指标", p.SpecialisationMax, ExpertKeys.SpecialisedSpecialisation),
        new SpecialisedCategoryItem("精细化指标", p.RefinementMax, ExpertKeys.SpecialisedRefinement),
        new SpecialisedCategoryItem("特色化指标（省定）", p.LocalFeaturesMax, ExpertKeys.SpecialisedLocalFeatures),
        new SpecialisedCategoryItem("创新能力指标", p.InnovationMax, ExpertKeys.SpecialisedInnovation),
    ],
    [
        new SpecialisedAwardRoute(),
        new AverageRdRoute(p.DirectAverageRd, p.DirectAverageRdYears),
        new EquityRaisedRoute(p.DirectEquityRaised, p.DirectEquityYears),
        new ChuangkeTop500Route(),
    ])
{
    protected override bool Passes(ItemScore[] items, bool optimistic) => Sum(items, optimistic) >= p.PassMark;

    protected override void Shortfall(ItemScore[] items, decimal min, decimal max, List<string> gaps) => TotalShortfall(min, max, gaps);
}
