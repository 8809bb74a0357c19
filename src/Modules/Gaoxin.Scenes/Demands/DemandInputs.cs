using System.ComponentModel.DataAnnotations;
using Gaoxin.Contracts;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs.Attributes;

namespace Gaoxin.Scenes.Demands;

/// <summary>
/// A technical demand as posted or edited. A firm posts for itself (no poster id, or its own); an operator names the firm.
/// <see cref="AcknowledgeDuplicateOf"/> posts anyway after a duplicate warning naming that demand.
/// </summary>
public sealed record DemandInput(
    [property: Required(ErrorMessage = "请填写需求名称。"), StringLength(100, MinimumLength = 4, ErrorMessage = "需求名称为 4 至 100 字。")] string Title,
    [property: Required(ErrorMessage = "请描述技术难题。"), StringLength(4000, MinimumLength = 20, ErrorMessage = "难题描述为 20 至 4000 字。")] string Problem,
    [property: Required(ErrorMessage = "请选择所属产业。"), EnumDataType(typeof(ZoneIndustry), ErrorMessage = "所属产业无效。")] ZoneIndustry? Industry,
    [property: Required(ErrorMessage = "请填写截止日期。")] DateOnly? Deadline,
    [property: StringLength(50, ErrorMessage = "产业链环节不超过 50 字。")] string? ChainLink = null,
    [property: Precision(18, 2)] decimal? BudgetMin = null,
    [property: Precision(18, 2)] decimal? BudgetMax = null,
    bool Anonymous = false,
    Guid? PosterOrganisationId = null,
    Guid? AcknowledgeDuplicateOf = null,
    int? Version = null);

/// <summary>Publication by the moderator, with an optional note.</summary>
public sealed record PublishDemandInput(
    [property: StringLength(1000, ErrorMessage = "审核意见不超过 1000 字。")] string? Note = null);

/// <summary>Refusal by the moderator: the reason is required and shown to the poster.</summary>
public sealed record RejectDemandInput(
    [property: Required(ErrorMessage = "请填写不予发布的理由。"), StringLength(1000, MinimumLength = 2, ErrorMessage = "理由为 2 至 1000 字。")] string Reason);

/// <summary>Merge two postings that say the same thing: the newer of the two is closed into the earlier.</summary>
public sealed record MergeDemandInput(
    [property: Required(ErrorMessage = "请选择要合并的需求。")] Guid? TargetId);

/// <summary>Filters of the demand list; every one optional.</summary>
public sealed record DemandFilter(string? Q = null, ZoneIndustry? Industry = null, DemandStatus? Status = null, Guid? Poster = null);

/// <summary>
/// A demand as its reader may see it: <see cref="PosterOrganisationId"/> is null and <see cref="PosterName"/> "匿名企业" when
/// the poster is anonymous and the reader is neither the poster nor an operator.
/// </summary>
public sealed record DemandView(
    Guid Id, string Code, string Title, string Problem, ZoneIndustry Industry, string IndustryText, string? ChainLink, decimal? BudgetMin, decimal? BudgetMax,
    DateOnly Deadline, bool Anonymous, Guid? PosterOrganisationId, string PosterName, DateOnly PostedOn, DateOnly? PublishedOn, DemandStatus Status,
    string StatusText, bool Expired, string? ModerationNote, Guid? MergedIntoId, string? MergedIntoCode, int Version,
    bool MayEdit, bool MayModerate, bool MayClose);

/// <summary>What a posting came to: the demand, or the open demand it repeats (then nothing was saved).</summary>
public sealed record DemandPosting(DemandView? Demand, DuplicateOf? Duplicate);

/// <summary>The earlier open demand a posting repeats, with the rule's figures.</summary>
public sealed record DuplicateOf(Guid Id, string Code, string Title, decimal Similarity, string Message);

/// <summary>One row of the Excel export of demands.</summary>
public sealed record DemandExportRow(
    [property: ExcelColumn(Name = "需求编号")] string Code,
    [property: ExcelColumn(Name = "需求名称")] string Title,
    [property: ExcelColumn(Name = "发布单位")] string Poster,
    [property: ExcelColumn(Name = "匿名")] string Anonymous,
    [property: ExcelColumn(Name = "所属产业")] string Industry,
    [property: ExcelColumn(Name = "产业链环节")] string ChainLink,
    [property: ExcelColumn(Name = "预算下限（元）")] decimal? BudgetMin,
    [property: ExcelColumn(Name = "预算上限（元）")] decimal? BudgetMax,
    [property: ExcelColumn(Name = "截止日期")] string Deadline,
    [property: ExcelColumn(Name = "状态")] string Status,
    [property: ExcelColumn(Name = "提交日期")] string PostedOn,
    [property: ExcelColumn(Name = "发布日期")] string PublishedOn,
    [property: ExcelColumn(Name = "审核意见")] string ModerationNote,
    [property: ExcelColumn(Name = "难题描述")] string Problem);
