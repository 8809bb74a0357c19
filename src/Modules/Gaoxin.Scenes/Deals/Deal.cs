using Gaoxin.Kernel.Zones;

namespace Gaoxin.Scenes.Deals;

/// <summary>The demand side of a deal: a scene or a technical demand.</summary>
public enum DemandSide
{
    /// <summary>应用场景</summary>
    Scene = 1,
    /// <summary>技术需求</summary>
    Demand = 2,
}

/// <summary>The supply side of a match: a relay achievement, a product, a firm, an expert, or a pilot-base service.</summary>
public enum SupplyKind
{
    /// <summary>科技成果</summary>
    Achievement = 1,
    /// <summary>产品</summary>
    Product = 2,
    /// <summary>企业</summary>
    Enterprise = 3,
    /// <summary>专家</summary>
    Expert = 4,
    /// <summary>中试服务能力</summary>
    Capability = 5,
}

/// <summary>The loop's steps: 撮合 → 对接引荐 → 洽谈会面 → 商务谈判 → 签订技术合同; or dropped.</summary>
public enum DealStage
{
    /// <summary>已匹配</summary>
    Matched = 1,
    /// <summary>已引荐</summary>
    Introduced = 2,
    /// <summary>已会面</summary>
    Met = 3,
    /// <summary>谈判中</summary>
    Negotiating = 4,
    /// <summary>已签约</summary>
    Contracted = 5,
    /// <summary>已终止</summary>
    Dropped = 6,
}

/// <summary>
/// A deal (供需对接): one demand (a scene or a technical demand) and one supply item the operator works towards a technology
/// contract. Each step is recorded with its day; a deal with no step for 30 days is stalled (the day of the last step is
/// stored so the list can find stalled deals in SQL).
/// </summary>
internal sealed class Deal : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public DemandSide Side { get; set; }

    /// <summary>The scene's or the demand's id.</summary>
    public Guid DemandId { get; set; }

    /// <summary>The organisation that has the need (the scene's owner or the demand's poster).</summary>
    public Guid BuyerOrganisationId { get; set; }

    public SupplyKind SupplyKind { get; set; }

    /// <summary>The achievement's, product's, organisation's, expert's or pilot service's id.</summary>
    public Guid SupplyId { get; set; }

    /// <summary>The organisation behind the supply (the achievement's owner, the maker, the expert's employer); null for an outside expert.</summary>
    public Guid? SellerOrganisationId { get; set; }

    /// <summary>The matcher's score and reasons when the deal was opened from a match (shown on the deal).</summary>
    public decimal? MatchScore { get; set; }

    public string? MatchReasons { get; set; }

    public DealStage Stage { get; private set; } = DealStage.Matched;

    public DateOnly OpenedOn { get; set; }

    public DateOnly LastStepOn { get; set; }

    /// <summary>The contract the deal ended in.</summary>
    public Guid? ContractId { get; set; }

    public int Version { get; set; }

    public List<DealStep> Steps { get; set; } = [];

    /// <summary>
    /// Records a step: the deal moves forward (never back) or is dropped, and the step's day becomes the last step's day.
    /// A contracted or dropped deal takes no more steps.
    /// </summary>
    public DealStep Advance(DealStage stage, DateOnly on, string note, string actorName)
    {
        if (Stage is DealStage.Contracted or DealStage.Dropped)
        {
            throw Gaoxin.Kernel.Rules.Refusal.Conflict("该对接已签约或已终止，不能再登记进展。");
        }

        if (stage != DealStage.Dropped && stage <= Stage)
        {
            throw Gaoxin.Kernel.Rules.Refusal.Conflict("对接进展只能向前推进。");
        }

        if (on < LastStepOn)
        {
            throw Gaoxin.Kernel.Rules.Refusal.Invalid("on", "进展日期不能早于上一步的日期。");
        }

        var step = new DealStep { ZoneId = ZoneId, DealId = Id, Stage = stage, On = on, Note = note, ActorName = actorName };
        Steps.Add(step);
        Stage = stage;
        LastStepOn = on;
        Version++;
        return step;
    }
}

/// <summary>One step of a deal: the stage reached, the day, what happened, who recorded it.</summary>
internal sealed class DealStep : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid DealId { get; set; }

    public DealStage Stage { get; init; }

    public DateOnly On { get; init; }

    public required string Note { get; set; }

    public required string ActorName { get; set; }
}
