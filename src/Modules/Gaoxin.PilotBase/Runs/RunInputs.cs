using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs.Attributes;

namespace Gaoxin.PilotBase.Runs;

/// <summary>A key parameter as entered: its target range (taken from the milestone's criteria when they name it) and the value measured.</summary>
public sealed record MeasurementInput(
    [property: Required(ErrorMessage = "请填写参数名称。"), StringLength(100, ErrorMessage = "参数名称不超过 100 字。")] string Name,
    [property: StringLength(20, ErrorMessage = "单位不超过 20 字。")] string? Unit,
    [property: Precision(18, 4)] decimal? TargetMin,
    [property: Precision(18, 4)] decimal? TargetMax,
    [property: Precision(18, 4)] decimal Actual);

/// <summary>A run as the operator records it.</summary>
public sealed record RunInput(
    Guid ProjectId,
    Guid? MilestoneId,
    [property: Required(ErrorMessage = "请填写批次号。"), StringLength(60, ErrorMessage = "批次号不超过 60 字。")] string BatchCode,
    DateOnly StartedOn,
    DateOnly EndedOn,
    [property: Required(ErrorMessage = "请填写投入物料。"), StringLength(4000, ErrorMessage = "投入物料不超过 4000 字。")] string Inputs,
    [property: Precision(7, 4), Range(typeof(decimal), "0", "100", ErrorMessage = "良率应在 0–100 之间。")] decimal? YieldPercent,
    RunOutcome Outcome,
    [property: Required(ErrorMessage = "请填写运行小结。"), StringLength(4000, ErrorMessage = "运行小结不超过 4000 字。")] string Summary,
    [property: Required(ErrorMessage = "请选择使用的资源。"), MinLength(1, ErrorMessage = "请至少选择一项使用的资源。"), MaxLength(20, ErrorMessage = "一次运行至多登记 20 项资源。")] IReadOnlyList<Guid> ResourceIds,
    [property: MaxLength(50, ErrorMessage = "一次运行至多登记 50 个关键参数。")] IReadOnlyList<MeasurementInput>? Measurements);

/// <summary>Accepting (note optional) or returning (reason required) a run.</summary>
public sealed record RunDecisionInput([property: StringLength(1000, ErrorMessage = "说明不超过 1000 字。")] string? Note);

public sealed record RunFilter(string? Search, RunStatus? Status, RunOutcome? Outcome, Guid? ProjectId, DateOnly? From, DateOnly? To);

public sealed record RunListItem(Guid Id, string BatchCode, Guid ProjectId, string ProjectCode, string ProjectTitle, DateOnly StartedOn, DateOnly EndedOn,
    decimal? YieldPercent, RunOutcome Outcome, RunStatus Status, string RecordedBy);

public sealed record MeasurementView(string Name, string? Unit, decimal? TargetMin, decimal? TargetMax, decimal Actual, bool Met);

public sealed record RunResourceView(Guid Id, string Code, string Name);

public sealed record RunReportView(Guid Id, string FileName, string ContentType, long Size, string Sha256);

public sealed record RunDetail(Guid Id, string BatchCode, Guid ProjectId, string ProjectCode, string ProjectTitle, Guid? MilestoneId, string? MilestoneTitle,
    DateOnly StartedOn, DateOnly EndedOn, string Inputs, decimal? YieldPercent, RunOutcome Outcome, string Summary, RunStatus Status,
    string RecordedBy, DateTimeOffset RecordedAt, string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionNote, int Version,
    IReadOnlyList<MeasurementView> Measurements, IReadOnlyList<RunResourceView> Resources, IReadOnlyList<RunReportView> Reports, bool MayDecide);

/// <summary>What a pilot project offers the record form: its milestones and the targets their criteria set.</summary>
public sealed record RunProjectOption(Guid Id, string Code, string Title, string Stage, IReadOnlyList<RunMilestoneOption> Milestones);

public sealed record RunMilestoneOption(Guid Id, string Title, DateOnly Due, string AcceptanceCriteria, string State, IReadOnlyList<AcceptanceTarget> Targets);

public sealed record RunExportRow(
    [property: ExcelColumnName("批次号")] string BatchCode,
    [property: ExcelColumnName("项目编号")] string ProjectCode,
    [property: ExcelColumnName("项目名称")] string ProjectTitle,
    [property: ExcelColumnName("开始日期")] string StartedOn,
    [property: ExcelColumnName("结束日期")] string EndedOn,
    [property: ExcelColumnName("良率（%）")] decimal? YieldPercent,
    [property: ExcelColumnName("结论")] string Outcome,
    [property: ExcelColumnName("状态")] string Status,
    [property: ExcelColumnName("登记人")] string RecordedBy);
