using System.ComponentModel.DataAnnotations;
using Gaoxin.Services.Catalogue;

namespace Gaoxin.Services.Approvals;

/// <summary>
/// One application for one to ten catalogue items (一表申请): the shared form's values once, keyed by field key, and per
/// item the materials provided and those promised later (容缺). An enterprise applies for itself; the zone admin names
/// the enterprise.
/// </summary>
public sealed record ApplyInput(
    [property: Required(ErrorMessage = "请选择申请事项。"), MinLength(1, ErrorMessage = "请至少选择一个事项。"), MaxLength(10, ErrorMessage = "一次最多申请 10 个事项。")] List<Guid> ItemIds,
    Dictionary<string, string?>? Fields = null,
    List<ItemMaterialsInput>? Materials = null,
    Guid? OrganisationId = null,
    [property: StringLength(200, ErrorMessage = "标题不超过 200 字。")] string? Title = null);

/// <summary>An item's materials: the ids provided, and the non-essential ones promised by a date (容缺受理).</summary>
public sealed record ItemMaterialsInput(
    Guid ItemId,
    [property: MaxLength(50, ErrorMessage = "材料不超过 50 项。")] List<Guid>? Provided = null,
    [property: MaxLength(50, ErrorMessage = "材料不超过 50 项。")] List<DeferInput>? Deferred = null);

public sealed record DeferInput(Guid MaterialId, DateOnly PromisedOn);

/// <summary>A department's decision: the reason (required to return or refuse) and, optionally, the item's version the officer saw.</summary>
public sealed record ReviewInput(
    [property: StringLength(1000, ErrorMessage = "意见不超过 1000 字。")] string? Reason = null,
    int? Version = null);

/// <summary>The applicant's correction (补正): changed field values and the materials now provided.</summary>
public sealed record ResubmitInput(
    Dictionary<string, string?>? Fields = null,
    [property: MaxLength(50, ErrorMessage = "材料不超过 50 项。")] List<Guid>? Provided = null,
    [property: StringLength(1000, ErrorMessage = "说明不超过 1000 字。")] string? Note = null);

/// <summary>The decision a department takes on an item.</summary>
public enum ReviewAction
{
    /// <summary>准予办理</summary>
    Approve = 1,
    /// <summary>退回补正</summary>
    Return = 2,
    /// <summary>不予办理</summary>
    Refuse = 3,
}

/// <summary>Filters of the applications list.</summary>
public sealed record ApplicationFilter(string? Query = null, ApplicationStatus? Status = null, ItemStatus? ItemStatus = null);

public sealed record ApplicationRow(Guid Id, string Number, string Title, Guid ApplicantId, string ApplicantName, ApplicationStatus Status,
    DateTimeOffset SubmittedAt, int Items, int OpenItems, DateTimeOffset? ClosedAt);

public sealed record ApplicationDetail(Guid Id, string Number, string Title, Guid ApplicantId, string ApplicantName, ApplicationStatus Status,
    DateTimeOffset SubmittedAt, string SubmittedBy, DateTimeOffset? ClosedAt, int Version, IReadOnlyList<FieldValueView> Fields,
    IReadOnlyList<ItemView> Items, bool MayWithdraw);

public sealed record FieldValueView(string Key, string Label, string? Value);

/// <summary>An item with its clock: working days left today (frozen while in correction, negative when overdue).</summary>
public sealed record ItemView(Guid Id, Guid ServiceItemId, string Code, string Name, Guid DepartmentId, string DepartmentName, ItemStatus Status,
    int LimitDays, DateOnly AcceptedOn, DateOnly DueOn, int? RemainingDays, bool Overdue, int Corrections, string? DeferredMaterial,
    DateOnly? DeferredPromisedOn, DateTimeOffset? DeferredReceivedAt, string? DecisionReason, string? DecidedBy, DateOnly? DecidedOn,
    int? WorkingDaysUsed, int Version, ResultKind Result, string ResultName, string? ResultUrl, bool MayDecide, bool MayResubmit);

/// <summary>A catalogue item offered to applicants, with its materials and form fields.</summary>
public sealed record OfferedItem(Guid Id, string Code, string Name, string DepartmentName, int LimitDays, decimal Fee, string ResultName,
    IReadOnlyList<OfferedMaterial> Materials, IReadOnlyList<FieldDefinition> Fields);

public sealed record OfferedMaterial(Guid Id, string Name, bool Essential);
