namespace Gaoxin.Enterprises.Certification;

/// <summary>在中国境内（不含港澳台）注册的居民企业.</summary>
internal sealed class ResidentEnterpriseGate : FlagGate
{
    public override string Title => "境内注册的居民企业";

    protected override bool Holds(EnterpriseFlags flags) => flags.ResidentInMainland;

    protected override string WhenHolds => "在中国境内（不含港澳台）注册的居民企业";

    protected override string WhenNot => "不是在中国境内（不含港澳台）注册的居民企业";

    protected override string Remedy => "须为在中国境内（不含港澳台）注册的居民企业，此项无法通过补充投入达到";
}

/// <summary>提供的产品和服务不属于国家规定的禁止、限制和淘汰类.</summary>
internal sealed class ProductsNotRestrictedGate : FlagGate
{
    public override string Title => "产品和服务不属于禁止、限制和淘汰类";

    protected override bool Holds(EnterpriseFlags flags) => !flags.ProductsRestricted;

    protected override string WhenHolds => "产品和服务不属于禁止、限制和淘汰类";

    protected override string WhenNot => "产品或服务属于国家规定的禁止、限制或淘汰类";

    protected override string Remedy => "须停止禁止、限制或淘汰类产品和服务后方可申请";
}

/// <summary>上一年度至今未发生重大安全、重大质量、严重环境违法、科研严重失信行为.</summary>
internal sealed class NoMajorIncidentGate : FlagGate
{
    public override string Title => "近年未发生重大安全、质量、环境事故或科研严重失信";

    protected override bool Holds(EnterpriseFlags flags) => !flags.MajorIncidentPreviousOrCurrentYear;

    protected override string WhenHolds => "上一年度至今未发生重大安全、质量、环境事故或科研严重失信行为";

    protected override string WhenNot => "上一年度至今发生过重大安全、质量、环境事故或科研严重失信行为";

    protected override string Remedy => "发生事故或失信行为的年度及次年不得申请，须待期满";
}

/// <summary>未列入经营异常名录和严重违法失信企业名单.</summary>
internal sealed class NotOnAbnormalOrDishonestListGate : FlagGate
{
    public override string Title => "未列入经营异常名录或严重失信主体名单";

    protected override bool Holds(EnterpriseFlags flags) => !flags.OnAbnormalOrDishonestList;

    protected override string WhenHolds => "未列入经营异常名录或严重失信主体名单";

    protected override string WhenNot => "已列入经营异常名录或严重失信主体名单";

    protected override string Remedy => "须先移出经营异常名录或严重失信主体名单";
}

/// <summary>Holds a 高新技术企业 certificate valid on the evaluation day.</summary>
internal sealed class ValidHighTechCertificateRoute : Route
{
    public override string Title => "拥有有效期内的高新技术企业资格证书";

    public override DirectRoute Evaluate(FactsView facts)
    {
        foreach (var c in facts.Facts.Certificates)
        {
            if (c.Scheme == SchemeCode.HighTech && c.IsValidOn(facts.AsOf))
            {
                return Met(true, $"高新技术企业证书 {c.Number}，有效期 {Show.Date(c.ValidFrom)} 至 {Show.Date(c.ValidTo)}");
            }
        }

        return Met(false, $"{Show.Date(facts.AsOf)} 没有有效的高新技术企业证书");
    }
}

/// <summary>建有省部级以上研发机构.</summary>
internal sealed class ProvincialRdInstitutionRoute : Route
{
    public override string Title => "拥有经认定的省部级以上研发机构";

    public override DirectRoute Evaluate(FactsView facts) =>
        facts.Flags.ProvincialRdInstitution
            ? Met(true, "拥有省部级以上研发机构")
            : Met(false, "没有省部级以上研发机构");
}

/// <summary>Equity raised over the last N years reaches an amount (创新型 5,000,000 in 3 years; 专精特新 60,000,000 in 2 years).</summary>
internal sealed class EquityRaisedRoute(decimal amount, int years) : Route
{
    public override string Title => $"近 {years} 年新增股权融资 {Show.Yuan(amount)} 以上";

    public override DirectRoute Evaluate(FactsView facts)
    {
        List<string>? missing = null;
        if (!facts.TrySumOverLastYears(Figure.EquityRaised, years, out var sum, ref missing))
        {
            return Lacking(missing);
        }

        return sum >= amount
            ? Met(true, $"近 {years} 年股权融资 {Show.Yuan(sum)}，不低于 {Show.Yuan(amount)}")
            : Met(false, $"近 {years} 年股权融资 {Show.Yuan(sum)}，还差 {Show.YuanUp(amount - sum)}");
    }
}
