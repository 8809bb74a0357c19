using System.ComponentModel.DataAnnotations;
using Gaoxin.PilotBase.Facilities;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs.Attributes;

namespace Gaoxin.PilotBase.Bookings;

/// <summary>
/// A booking request: one resource, or a catalogue service (all its resources, all or nothing), for [StartsAt, EndsAt).
/// Enterprises and institutes book for their own organisation; operators name the customer: an organisation of the zone,
/// a relay project, or an outside customer by name (区外单位).
/// </summary>
public sealed record BookingInput(
    Guid? ResourceId,
    Guid? ServiceId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    [property: Required(ErrorMessage = "请填写用途。"), StringLength(1000, ErrorMessage = "用途不超过 1000 字。")] string Purpose,
    [property: Precision(18, 4), Range(typeof(decimal), "0.0001", "1000000000", ErrorMessage = "批量必须大于零。")] decimal? BatchSize = null,
    Guid? ProjectId = null,
    Guid? OrganisationId = null,
    [property: StringLength(200, ErrorMessage = "单位名称不超过 200 字。")] string? CustomerName = null);

public sealed record RejectInput([property: Required(ErrorMessage = "请填写驳回原因。"), StringLength(1000, ErrorMessage = "原因不超过 1000 字。")] string Reason);

public sealed record NoteInput([property: StringLength(1000, ErrorMessage = "说明不超过 1000 字。")] string? Note);

public sealed record MaintenanceInput(
    Guid ResourceId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    [property: Required(ErrorMessage = "请填写维护内容。"), StringLength(1000, ErrorMessage = "维护内容不超过 1000 字。")] string Purpose);

/// <summary>Filters of the bookings list; every one optional.</summary>
public sealed record BookingFilter(BookingStatus? Status = null, Guid? ResourceId = null, CustomerKind? Customer = null, BookingKind? Kind = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null, bool Mine = false);

public sealed record BookingView(
    Guid Id,
    Guid ResourceId,
    string ResourceCode,
    string ResourceName,
    BookingKind Kind,
    BookingStatus Status,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    CustomerKind Customer,
    Guid? OrganisationId,
    string? CustomerName,
    Guid? ProjectId,
    Guid? ServiceId,
    string Purpose,
    decimal? BatchSize,
    decimal Price,
    string RequestedBy,
    DateTimeOffset CreatedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? DecisionNote,
    bool CancelledLate);

/// <summary>One holding row of a calendar. Own is true when the caller may see its details; others show only "已占用".</summary>
public sealed record CalendarSlot(Guid? Id, BookingKind Kind, BookingStatus Status, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Label, bool Own);

public sealed record CalendarView(Guid ResourceId, string Code, string Name, ResourceStatus Status, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<CalendarSlot> Slots);

/// <summary>The form's live feedback: whether the range is free on every resource, what holds it, and the rules it fails.</summary>
public sealed record ConflictCheck(bool Free, IReadOnlyList<CalendarSlot> Conflicts, IReadOnlyList<string> Problems, decimal? Price);

/// <summary>What the booking form offers: bookable resources and published services of the zone.</summary>
public sealed record BookableResource(Guid Id, string Code, string Name, ResourceKind Kind, ResourceStatus Status, decimal? MaxBatchSize, string? BatchUnit);

public sealed record BookableService(Guid Id, string Code, string Name, IReadOnlyList<Guid> ResourceIds);

public sealed record BookingExportRow(
    [property: ExcelColumnName("资源编号")] string ResourceCode,
    [property: ExcelColumnName("资源")] string ResourceName,
    [property: ExcelColumnName("类型")] string Kind,
    [property: ExcelColumnName("状态")] string Status,
    [property: ExcelColumnName("开始")] string StartsAt,
    [property: ExcelColumnName("结束")] string EndsAt,
    [property: ExcelColumnName("客户类型")] string Customer,
    [property: ExcelColumnName("客户")] string CustomerName,
    [property: ExcelColumnName("用途")] string Purpose,
    [property: ExcelColumnName("批量")] decimal? BatchSize,
    [property: ExcelColumnName("金额（元）")] decimal Price,
    [property: ExcelColumnName("申请人")] string RequestedBy,
    [property: ExcelColumnName("迟取消")] string CancelledLate);
