using System.ComponentModel.DataAnnotations;
using Gaoxin.Contracts;

namespace Gaoxin.Scenes.SceneBoard;

/// <summary>
/// A scene as its owner writes it. Operators may name the owning organisation (a zone firm; empty = the committee); a firm's
/// user always writes for its own. Limits are the columns' (Data/ScenesModel.cs). Version is required on edit.
/// </summary>
public sealed record SceneInput(
    [property: Required(ErrorMessage = "请填写场景名称。"), StringLength(100, MinimumLength = 4, ErrorMessage = "场景名称应为 4–100 个字。"), PlainText] string Title,
    [property: EnumDataType(typeof(SceneKind), ErrorMessage = "场景类型无效。")] SceneKind Kind,
    [property: Required(ErrorMessage = "请描述场景要解决的问题。"), StringLength(4000, MinimumLength = 10, ErrorMessage = "问题描述应为 10–4000 个字。"), PlainText] string Problem,
    [property: Required(ErrorMessage = "请填写场景地点。"), StringLength(200, MinimumLength = 2, ErrorMessage = "场景地点应为 2–200 个字。"), PlainText] string Place,
    Guid? OwnerOrganisationId,
    SceneOffer Offers,
    [property: Range(0, 1e12, ErrorMessage = "预算金额应在 0 至 1 万亿元之间。")] decimal? Budget,
    [property: StringLength(1000, ErrorMessage = "提供条件说明至多 1000 个字。"), PlainText] string? OfferNote,
    [property: EnumDataType(typeof(ZoneIndustry), ErrorMessage = "产业类别无效。")] ZoneIndustry Industry,
    [property: StringLength(50, ErrorMessage = "产业链环节至多 50 个字。"), PlainText] string? ChainLink,
    [property: Range(1, 9, ErrorMessage = "最低技术成熟度应为 1–9 级。")] int MinReadiness,
    [property: StringLength(200, ErrorMessage = "资质要求至多 200 个字。"), PlainText] string? RequiredCertificates,
    DateOnly ProposalsDueOn,
    DateOnly? TrialEndsBy,
    int? Version);

/// <summary>A solution proposal as the proposing organisation writes it.</summary>
public sealed record ProposalInput(
    [property: StringLength(100, ErrorMessage = "团队名称至多 100 个字。"), PlainText] string? TeamName,
    [property: Required(ErrorMessage = "请填写方案概要。"), StringLength(4000, MinimumLength = 10, ErrorMessage = "方案概要应为 10–4000 个字。"), PlainText] string Summary,
    [property: Range(1, 9, ErrorMessage = "技术成熟度应为 1–9 级。")] int Readiness,
    [property: StringLength(200, ErrorMessage = "所持资质至多 200 个字。"), PlainText] string? Certificates,
    Guid? ProductId,
    [property: Range(0, 1e12, ErrorMessage = "报价应在 0 至 1 万亿元之间。")] decimal? QuotedAmount,
    int? Version);

/// <summary>Shortlisting (a note is optional) or declining (the reason is required).</summary>
public sealed record DecisionInput(
    [property: StringLength(1000, ErrorMessage = "说明至多 1000 个字。"), PlainText] string? Note);

/// <summary>The day the in-scene trial starts.</summary>
public sealed record TrialStartInput(DateOnly StartedOn);

/// <summary>The trial's result: passed or failed, what it found, and the day it ended.</summary>
public sealed record TrialResultInput(
    bool Passed,
    [property: Required(ErrorMessage = "请填写验证结果。"), StringLength(2000, MinimumLength = 4, ErrorMessage = "验证结果应为 4–2000 个字。"), PlainText] string Findings,
    DateOnly EndedOn);

/// <summary>Adoption by purchase: the amount the owner buys for.</summary>
public sealed record PurchaseInput(
    [property: Range(0.01, 1e12, ErrorMessage = "采购金额应大于 0 元。")] decimal Amount);
