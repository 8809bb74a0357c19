using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Scenes.TechContracts;

/// <summary>One instalment: the day it is due and its amount in yuan.</summary>
public sealed record PaymentInput(
    [property: Required(ErrorMessage = "请填写付款日期。")] DateOnly? DueOn,
    [property: Required(ErrorMessage = "请填写付款金额。"), Precision(18, 2), Range(typeof(decimal), "0.01", "10000000000", ErrorMessage = "付款金额须大于 0 且不超过 100 亿元。")] decimal? Amount);

/// <summary>
/// A technology contract to register: kind, parties (two organisations of the zone), 合同成交额 and 技术交易额, the day signed, the
/// payment schedule (adding up to the amount), the registration if already given, and the link it came from (a deal, a scene
/// proposal that passed its trial, a relay project).
/// </summary>
public sealed record ContractInput(
    [property: Required(ErrorMessage = "请选择合同类型。"), EnumDataType(typeof(TechContractKind), ErrorMessage = "合同类型无效。")] TechContractKind? Kind,
    [property: Required(ErrorMessage = "请填写合同名称。"), StringLength(200, MinimumLength = 2, ErrorMessage = "合同名称为 2 至 200 字。")] string Title,
    [property: Required(ErrorMessage = "请选择买方（委托方）。")] Guid? BuyerOrganisationId,
    [property: Required(ErrorMessage = "请选择卖方（受托方）。")] Guid? SellerOrganisationId,
    [property: Required(ErrorMessage = "请填写合同成交额。"), Precision(18, 2), Range(typeof(decimal), "0.01", "10000000000", ErrorMessage = "合同成交额须大于 0 且不超过 100 亿元。")] decimal? Amount,
    [property: Required(ErrorMessage = "请填写技术交易额。"), Precision(18, 2), Range(typeof(decimal), "0.01", "10000000000", ErrorMessage = "技术交易额须大于 0 且不超过 100 亿元。")] decimal? TechnologyAmount,
    [property: Required(ErrorMessage = "请填写签订日期。")] DateOnly? SignedOn,
    [property: Required(ErrorMessage = "请填写付款计划。"), MinLength(1, ErrorMessage = "付款计划至少一期。"), MaxLength(60, ErrorMessage = "付款计划至多 60 期。")] IReadOnlyList<PaymentInput> Payments,
    [property: StringLength(30, ErrorMessage = "合同登记号不超过 30 位。")] string? RegistrationNumber = null,
    DateOnly? RegisteredOn = null,
    Guid? DealId = null,
    Guid? SceneProposalId = null,
    Guid? RelayProjectId = null,
    Guid? AchievementId = null);

/// <summary>The registration given later by the technology-market office (认定登记).</summary>
public sealed record RegisterContractInput(
    [property: Required(ErrorMessage = "请填写合同登记号。"), StringLength(30, ErrorMessage = "合同登记号不超过 30 位。")] string RegistrationNumber,
    [property: Required(ErrorMessage = "请填写登记日期。")] DateOnly? RegisteredOn,
    int? Version = null);

/// <summary>Filters of the contract list; every one optional.</summary>
public sealed record ContractFilter(TechContractKind? Kind = null, bool? Registered = null, int? Year = null, string? Q = null);

public sealed record PaymentView(int Sequence, DateOnly DueOn, decimal Amount);

public sealed record ContractView(Guid Id, string Title, TechContractKind Kind, Guid BuyerOrganisationId, string BuyerName, Guid SellerOrganisationId, string SellerName,
    decimal Amount, decimal TechnologyAmount, DateOnly SignedOn, string? RegistrationNumber, DateOnly? RegisteredOn, Guid? DealId, Guid? SceneProposalId,
    Guid? RelayProjectId, Guid? AchievementId, int Version, IReadOnlyList<PaymentView> Payments);

/// <summary>What the new-contract form starts from when it comes from a deal or a scene proposal.</summary>
public sealed record ContractDraft(Guid BuyerOrganisationId, string BuyerName, Guid SellerOrganisationId, string SellerName, string Title, decimal? Amount,
    Guid? DealId, Guid? SceneProposalId, TechContractKind Kind);

/// <summary>An organisation of the zone a contract may name.</summary>
public sealed record PartyChoice(Guid Id, string Name);

/// <summary>A relay achievement the contract form may link: its title and its owner's name (the id is only the value).</summary>
public sealed record AchievementChoice(Guid Id, string Title, string OwnerName);
