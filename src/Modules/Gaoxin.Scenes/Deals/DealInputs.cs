using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Scenes.Deals;

/// <summary>A deal opened from a match: the demand (a scene or a technical demand) and the supply, with the matcher's score and reasons if shown.</summary>
public sealed record OpenDealInput(
    [property: Required(ErrorMessage = "请选择需求一方（场景或技术需求）。"), EnumDataType(typeof(DemandSide), ErrorMessage = "需求一方无效。")] DemandSide? Side,
    [property: Required(ErrorMessage = "请选择场景或技术需求。")] Guid? DemandId,
    [property: Required(ErrorMessage = "请选择供给类型。"), EnumDataType(typeof(SupplyKind), ErrorMessage = "供给类型无效。")] SupplyKind? SupplyKind,
    [property: Required(ErrorMessage = "请选择供给方。")] Guid? SupplyId,
    [property: Range(typeof(decimal), "0", "100", ErrorMessage = "匹配得分为 0 至 100。"), Precision(9, 4)] decimal? MatchScore = null,
    [property: StringLength(2000, ErrorMessage = "匹配理由不超过 2000 字。")] string? MatchReasons = null);

/// <summary>A step of a deal: the stage reached (已引荐、已会面、谈判中、已终止), its day and what happened.</summary>
public sealed record DealStepInput(
    [property: Required(ErrorMessage = "请选择对接进展。"), EnumDataType(typeof(DealStage), ErrorMessage = "对接进展无效。")] DealStage? Stage,
    [property: Required(ErrorMessage = "请填写进展日期。")] DateOnly? On,
    [property: Required(ErrorMessage = "请填写进展说明。"), StringLength(1000, MinimumLength = 2, ErrorMessage = "进展说明为 2 至 1000 字。")] string Note,
    int? Version = null);

/// <summary>Filters of the deal list; every one optional.</summary>
public sealed record DealFilter(DealStage? Stage = null, bool? Stalled = null, string? Q = null);

public sealed record DealView(Guid Id, DemandSide Side, Guid DemandId, string DemandCode, string DemandTitle, Guid BuyerOrganisationId, string BuyerName,
    SupplyKind SupplyKind, Guid SupplyId, string SupplyName, Guid? SellerOrganisationId, string? SellerName, decimal? MatchScore, string? MatchReasons,
    DealStage Stage, DateOnly OpenedOn, DateOnly LastStepOn, bool Stalled, Guid? ContractId, int Version);

public sealed record DealStepView(Guid Id, DealStage Stage, DateOnly On, string Note, string ActorName);

/// <summary>A deal with its steps, and what the caller may do with it.</summary>
public sealed record DealDetail(DealView Deal, IReadOnlyList<DealStepView> Steps, bool MayAddStep, IReadOnlyList<DealStage> StagesAllowed);

/// <summary>One thing the new-deal form may pick: its id (the value) and what the person sees (code and title, or name).</summary>
public sealed record DealChoice(Guid Id, string Label);
