using Gaoxin.Contracts;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Scenes.SceneBoard;

/// <summary>What kind of use case a scene is; the report's first three came with the unmanned-vehicle plates.</summary>
public enum SceneKind
{
    /// <summary>物流配送</summary>
    LogisticsDelivery = 1,
    /// <summary>安防巡逻</summary>
    SecurityPatrol = 2,
    /// <summary>环境监测</summary>
    EnvironmentalMonitoring = 3,
    /// <summary>工厂场景（智改数转）</summary>
    Factory = 4,
    /// <summary>城市治理与公共服务</summary>
    PublicService = 5,
    /// <summary>其他</summary>
    Other = 9,
}

/// <summary>What a scene's owner puts on the table (flags: a scene may offer several).</summary>
[Flags]
public enum SceneOffer
{
    None = 0,
    /// <summary>测试场地</summary>
    TestSite = 1,
    /// <summary>开放数据</summary>
    Data = 2,
    /// <summary>经费支持</summary>
    Budget = 4,
    /// <summary>采购承诺</summary>
    PurchaseCommitment = 8,
}

/// <summary>Where a scene stands: drafted, open for proposals, closed to proposals (trials run), adopted, or withdrawn.</summary>
public enum SceneStatus
{
    /// <summary>草稿</summary>
    Draft = 1,
    /// <summary>征集中</summary>
    Published = 2,
    /// <summary>征集截止（验证中）</summary>
    Closed = 3,
    /// <summary>已落地</summary>
    Adopted = 4,
    /// <summary>已撤回</summary>
    Withdrawn = 5,
}

/// <summary>
/// An application scene (应用场景) a buyer opens to suppliers: the zone or a firm states a real problem, where it is, what it
/// offers (site, data, budget, a purchase commitment) and what a solution must meet (industry, minimum readiness, certificates),
/// with the date proposals close and the date the trial must end.
/// </summary>
internal sealed class Scene : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    /// <summary>CJ-2025-001: unique in the zone.</summary>
    public required string Code { get; set; }

    public required string Title { get; set; }

    /// <summary>The problem in the owner's words (what hurts, how it is done today).</summary>
    public required string Problem { get; set; }

    /// <summary>Where the scene is (a road, a plant, a park).</summary>
    public required string Place { get; set; }

    public SceneKind Kind { get; set; }

    /// <summary>The organisation that owns the scene: the committee for the zone's own, or a firm.</summary>
    public Guid OwnerOrganisationId { get; set; }

    public SceneOffer Offers { get; set; }

    /// <summary>The budget offered, in yuan, when <see cref="SceneOffer.Budget"/> or a purchase is offered; null otherwise.</summary>
    public decimal? Budget { get; set; }

    /// <summary>What else the owner provides, in words (site hours, data sets, purchase volume).</summary>
    public string? OfferNote { get; set; }

    public ZoneIndustry Industry { get; set; }

    /// <summary>The industry-chain link the scene draws on (e.g. "激光雷达", "巡检机器人"), free text matched by the marketplace.</summary>
    public string? ChainLink { get; set; }

    /// <summary>Minimum technology readiness level (1–9, GB/T 22900) a solution must have reached.</summary>
    public int MinReadiness { get; set; }

    /// <summary>Certificates a proposer must hold, separated by "、" (e.g. "道路测试牌照、ISO 9001").</summary>
    public string? RequiredCertificates { get; set; }

    public DateOnly PublishedOn { get; set; }

    /// <summary>The last day proposals are accepted.</summary>
    public DateOnly ProposalsDueOn { get; set; }

    /// <summary>The day the in-scene trial must be finished.</summary>
    public DateOnly? TrialEndsBy { get; set; }

    public SceneStatus Status { get; private set; } = SceneStatus.Draft;

    /// <summary>Bumped on each change; a stale edit is refused.</summary>
    public int Version { get; set; }

    public List<SceneProposal> Proposals { get; set; } = [];

    /// <summary>Opens a drafted scene for proposals from <paramref name="on"/>; its proposals must still be due after that day.</summary>
    public void Publish(DateOnly on)
    {
        if (Status != SceneStatus.Draft)
        {
            throw Gaoxin.Kernel.Rules.Refusal.Conflict("只有草稿状态的场景可以发布。");
        }

        if (ProposalsDueOn < on)
        {
            throw Gaoxin.Kernel.Rules.Refusal.Invalid("proposalsDueOn", "方案征集截止日期已过，不能发布。");
        }

        Status = SceneStatus.Published;
        PublishedOn = on;
        Version++;
    }

    /// <summary>Stops taking proposals (the shortlisted ones go on to their trials).</summary>
    public void Close()
    {
        if (Status != SceneStatus.Published)
        {
            throw Gaoxin.Kernel.Rules.Refusal.Conflict("只有征集中的场景可以截止征集。");
        }

        Status = SceneStatus.Closed;
        Version++;
    }

    /// <summary>The owner withdraws a scene not yet adopted.</summary>
    public void Withdraw()
    {
        if (Status is SceneStatus.Adopted or SceneStatus.Withdrawn)
        {
            throw Gaoxin.Kernel.Rules.Refusal.Conflict("已落地或已撤回的场景不能撤回。");
        }

        Status = SceneStatus.Withdrawn;
        Version++;
    }

    /// <summary>A proposal of the scene was adopted (called by <see cref="SceneProposal.Adopt"/> only).</summary>
    internal void MarkAdopted()
    {
        Status = SceneStatus.Adopted;
        Version++;
    }

    /// <summary>The owner changes the scene: while drafted, or published with no proposal in yet (a proposer answered what it read).</summary>
    public void EnsureEditable(bool hasProposals)
    {
        if (Status == SceneStatus.Draft || (Status == SceneStatus.Published && !hasProposals))
        {
            return;
        }

        throw Gaoxin.Kernel.Rules.Refusal.Conflict(Status == SceneStatus.Published ? "该场景已收到解决方案，不能再修改。" : "只有草稿或尚未收到方案的征集中场景可以修改。");
    }
}

/// <summary>Where a solution proposal stands, from submission through shortlist and the in-scene trial to adoption.</summary>
public enum ProposalStatus
{
    /// <summary>已提交</summary>
    Submitted = 1,
    /// <summary>入围</summary>
    Shortlisted = 2,
    /// <summary>场景验证中</summary>
    InTrial = 3,
    /// <summary>验证通过</summary>
    TrialPassed = 4,
    /// <summary>验证未通过</summary>
    TrialFailed = 5,
    /// <summary>已采用</summary>
    Adopted = 6,
    /// <summary>未入围</summary>
    Declined = 7,
    /// <summary>已撤回</summary>
    Withdrawn = 8,
}

/// <summary>How the owner adopts a proposal that passed its trial.</summary>
public enum AdoptionKind
{
    /// <summary>采购</summary>
    Purchase = 1,
    /// <summary>技术合同</summary>
    Contract = 2,
}

/// <summary>
/// A solution proposal (解决方案) from a firm, an institute or a team for a scene: what it proposes, which achievement or
/// product it rests on, its readiness, the in-scene trial (场景验证) with its result, and the adoption.
/// </summary>
internal sealed class SceneProposal : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid SceneId { get; set; }

    /// <summary>The proposing organisation (its users see and edit the proposal).</summary>
    public Guid ProposerOrganisationId { get; set; }

    /// <summary>A team's name when the proposer is a team within the organisation (e.g. a lab of the university).</summary>
    public string? TeamName { get; set; }

    public required string Summary { get; set; }

    /// <summary>The readiness level the proposer claims for the solution (1–9).</summary>
    public int Readiness { get; set; }

    /// <summary>Certificates the proposer holds, separated by "、".</summary>
    public string? Certificates { get; set; }

    /// <summary>The relay achievement the solution rests on, when there is one.</summary>
    public Guid? AchievementId { get; set; }

    /// <summary>The zone product the solution rests on, when there is one.</summary>
    public Guid? ProductId { get; set; }

    /// <summary>The price asked, in yuan (null when not priced yet).</summary>
    public decimal? QuotedAmount { get; set; }

    public DateOnly SubmittedOn { get; set; }

    public ProposalStatus Status { get; private set; } = ProposalStatus.Submitted;

    /// <summary>Why it was declined, shortlisted, or failed its trial (required for a decline or a failed trial).</summary>
    public string? DecisionNote { get; set; }

    public DateOnly? TrialStartedOn { get; set; }

    public DateOnly? TrialEndedOn { get; set; }

    /// <summary>What the trial measured and found (场景验证结果).</summary>
    public string? TrialResult { get; set; }

    public AdoptionKind? Adoption { get; set; }

    public DateOnly? AdoptedOn { get; set; }

    /// <summary>The technology contract registered for the adoption, when adopted by contract.</summary>
    public Guid? ContractId { get; set; }

    public int Version { get; set; }

    /// <summary>Moves the proposal to <paramref name="next"/>; the scene board's transitions check their own preconditions first.</summary>
    internal void Move(ProposalStatus next)
    {
        Status = next;
        Version++;
    }

    /// <summary>
    /// The owner adopts the proposal (by purchase, or by a technology contract whose id is given): only after a passed trial,
    /// and only once. The scene is then adopted too. Both the scene board and the contract registry adopt through here.
    /// </summary>
    public void Adopt(Scene scene, AdoptionKind kind, DateOnly on, Guid? contractId)
    {
        if (Status != ProposalStatus.TrialPassed)
        {
            throw Gaoxin.Kernel.Rules.Refusal.Conflict(Status == ProposalStatus.Adopted ? "该方案已被采用。" : "方案须场景验证通过后才能采用。");
        }

        if (kind == AdoptionKind.Contract && contractId is null)
        {
            throw Gaoxin.Kernel.Rules.Refusal.Invalid("contractId", "以技术合同方式采用须关联已登记的技术合同。");
        }

        Move(ProposalStatus.Adopted);
        Adoption = kind;
        AdoptedOn = on;
        ContractId = contractId;
        scene.MarkAdopted();
    }

    /// <summary>The purchase amount, in yuan, when adopted by purchase.</summary>
    public decimal? PurchaseAmount { get; private set; }

    /// <summary>A proposal that still counts for its organisation (one live proposal per organisation per scene).</summary>
    public bool IsLive => Status is not (ProposalStatus.Withdrawn or ProposalStatus.Declined or ProposalStatus.TrialFailed);

    /// <summary>The proposer changes its proposal only before the owner has looked at it (before the shortlist).</summary>
    public void EnsureEditableByProposer()
    {
        if (Status != ProposalStatus.Submitted)
        {
            throw Gaoxin.Kernel.Rules.Refusal.Conflict("方案已进入评审，不能再修改或撤回。");
        }
    }

    /// <summary>The proposer withdraws before the shortlist.</summary>
    public void Withdraw()
    {
        EnsureEditableByProposer();
        Move(ProposalStatus.Withdrawn);
    }

    /// <summary>The owner shortlists a submitted proposal (入围).</summary>
    public void Shortlist(string? note)
    {
        Require(ProposalStatus.Submitted, "只有已提交的方案可以入围。");
        DecisionNote = note;
        Move(ProposalStatus.Shortlisted);
    }

    /// <summary>The owner declines a submitted or shortlisted proposal; the reason is checked by <see cref="OutcomeReasonRule"/>.</summary>
    public void Decline(string reason)
    {
        if (Status is not (ProposalStatus.Submitted or ProposalStatus.Shortlisted))
        {
            throw Gaoxin.Kernel.Rules.Refusal.Conflict("只有已提交或入围的方案可以不予入围。");
        }

        DecisionNote = reason;
        Move(ProposalStatus.Declined);
    }

    /// <summary>The in-scene trial of a shortlisted proposal starts on <paramref name="on"/>.</summary>
    public void StartTrial(DateOnly on)
    {
        Require(ProposalStatus.Shortlisted, "只有入围的方案可以开始场景验证。");
        TrialStartedOn = on;
        Move(ProposalStatus.InTrial);
    }

    /// <summary>The trial's result; its day is checked by <see cref="TrialDayRule"/>, a failure's findings by <see cref="OutcomeReasonRule"/>.</summary>
    public void RecordTrial(bool passed, string findings, DateOnly on)
    {
        Require(ProposalStatus.InTrial, "只有场景验证中的方案可以登记验证结果。");
        TrialResult = findings;
        TrialEndedOn = on;
        Move(passed ? ProposalStatus.TrialPassed : ProposalStatus.TrialFailed);
    }

    /// <summary>The owner buys the solution that passed its trial.</summary>
    public void AdoptByPurchase(Scene scene, decimal amount, DateOnly on)
    {
        Adopt(scene, AdoptionKind.Purchase, on, null);
        PurchaseAmount = amount;
    }

    private void Require(ProposalStatus status, string message)
    {
        if (Status != status)
        {
            throw Gaoxin.Kernel.Rules.Refusal.Conflict(message);
        }
    }
}
