using System.ComponentModel.DataAnnotations;
using Gaoxin.Kernel.Access;
using MiniExcelLibs.Attributes;

namespace Gaoxin.Services.Relief;

/// <summary>Who may do what with relief cases (精准纾困). Reviewers and institutes have no business here.</summary>
internal static class ReliefAccess
{
    /// <summary>Read the board and a case: the zone's officers every case, enterprises their own.</summary>
    public static readonly string[] Readers = [Roles.ZoneAdmin, Roles.CenterOperator, Roles.Viewer, Roles.DepartmentOfficer, Roles.EnterpriseUser, Roles.VehicleOperator];

    /// <summary>Report a difficulty: an enterprise for itself, a zone officer for any enterprise of the zone.</summary>
    public static readonly string[] Reporters = [Roles.ZoneAdmin, Roles.CenterOperator, Roles.EnterpriseUser, Roles.VehicleOperator];

    /// <summary>Triage (分办) and turning early warnings into cases.</summary>
    public static readonly string[] Triage = [Roles.ZoneAdmin, Roles.CenterOperator];

    /// <summary>Record measures and propose closing: the case's department's officers, and the zone admin.</summary>
    public static readonly string[] Workers = [Roles.ZoneAdmin, Roles.DepartmentOfficer];

    /// <summary>Rate: the enterprise concerned, or an officer recording a rating given by phone.</summary>
    public static readonly string[] Raters = [Roles.ZoneAdmin, Roles.CenterOperator, Roles.DepartmentOfficer, Roles.EnterpriseUser, Roles.VehicleOperator];

    /// <summary>The monitoring list: the zone's officers.</summary>
    public static readonly string[] Monitors = [Roles.ZoneAdmin, Roles.CenterOperator, Roles.Viewer, Roles.DepartmentOfficer];

    public static bool IsTriage(Actor a) => Triage.Any(a.IsIn);
}

/// <summary>A difficulty reported (反映困难). An enterprise reports for itself (no enterprise id, or its own); an officer names the enterprise.</summary>
public sealed record ReportInput(
    [property: Required(ErrorMessage = "请选择困难类别。"), EnumDataType(typeof(DifficultyCategory), ErrorMessage = "困难类别无效。")] DifficultyCategory? Category,
    [property: Required(ErrorMessage = "请描述遇到的困难。"), StringLength(4000, MinimumLength = 5, ErrorMessage = "困难描述为 5 至 4000 字。")] string Description,
    Guid? EnterpriseId = null);

/// <summary>Triage: the department and, optionally, a deadline (otherwise the category's default in working days).</summary>
public sealed record AssignInput(
    [property: Required(ErrorMessage = "请选择承办部门。")] Guid? DepartmentId,
    DateOnly? Deadline = null,
    int? Version = null);

public sealed record MeasureInput(
    [property: Required(ErrorMessage = "请填写帮扶措施。"), StringLength(2000, MinimumLength = 2, ErrorMessage = "帮扶措施为 2 至 2000 字。")] string Text);

public sealed record ProposeCloseInput(
    [property: Required(ErrorMessage = "请填写办结说明。"), StringLength(2000, MinimumLength = 2, ErrorMessage = "办结说明为 2 至 2000 字。")] string Note,
    int? Version = null);

/// <summary>The rating 1–5; an officer recording a rating given by phone must say so in the note.</summary>
public sealed record RateInput(
    [property: Required(ErrorMessage = "请选择满意度。"), Range(1, 5, ErrorMessage = "满意度为 1 至 5 分。")] int? Satisfaction,
    [property: StringLength(1000, ErrorMessage = "评价说明不超过 1000 字。")] string? Note = null,
    int? Version = null);

/// <summary>Filters of the board; every one optional.</summary>
public sealed record ReliefFilter(DifficultyCategory? Category = null, ReliefStatus? Status = null, Guid? DepartmentId = null, bool? Overdue = null, string? Search = null);

public sealed record ReliefCaseView(
    Guid Id,
    string Number,
    Guid EnterpriseId,
    string EnterpriseName,
    DifficultyCategory Category,
    string CategoryText,
    string Description,
    ReliefSource Source,
    ReliefStatus Status,
    string StatusText,
    Guid? DepartmentId,
    string? DepartmentName,
    DateOnly? Deadline,
    bool Overdue,
    DateTimeOffset ReportedAt,
    string ReportedBy,
    DateTimeOffset? ClosedAt,
    int? Satisfaction,
    string? ClosingNote,
    int Reopened,
    int Version);

public sealed record ReliefStepView(Guid Id, ReliefStep Kind, string KindText, string Text, string RecordedBy, DateTimeOffset RecordedAt, int? Satisfaction);

/// <summary>A case with its timeline and what the reader may do with it now.</summary>
public sealed record ReliefCaseDetail(ReliefCaseView Case, IReadOnlyList<ReliefStepView> Timeline, bool MayAssign, bool MayWork, bool MayRate, bool RatesByPhone);

public sealed record ReliefExportRow(
    [property: ExcelColumnName("诉求编号")] string Number,
    [property: ExcelColumnName("企业")] string Enterprise,
    [property: ExcelColumnName("类别")] string Category,
    [property: ExcelColumnName("来源")] string Source,
    [property: ExcelColumnName("状态")] string Status,
    [property: ExcelColumnName("承办部门")] string Department,
    [property: ExcelColumnName("办理期限")] string Deadline,
    [property: ExcelColumnName("逾期")] string Overdue,
    [property: ExcelColumnName("登记时间")] string ReportedAt,
    [property: ExcelColumnName("办结时间")] string ClosedAt,
    [property: ExcelColumnName("满意度")] int? Satisfaction,
    [property: ExcelColumnName("重新办理次数")] int Reopened,
    [property: ExcelColumnName("困难描述")] string Description);

/// <summary>A department or an enterprise to choose in a form.</summary>
public sealed record ReliefChoice(Guid Id, string Name);

/// <summary>One fired rule with its figures.</summary>
public sealed record FiredRuleView(string Rule, string Message, IReadOnlyDictionary<string, string> Figures);

/// <summary>An enterprise the monitoring flags, with the rules that fired, and its open case if it has one.</summary>
public sealed record WarningView(Guid EnterpriseId, string Name, Guid? OrganisationId, int Year, IReadOnlyList<FiredRuleView> Rules, DifficultyCategory SuggestedCategory,
    Guid? OpenCaseId, string? OpenCaseNumber);

/// <summary>The monitoring list; <see cref="Available"/> is false when the registry module is not installed.</summary>
public sealed record WarningList(bool Available, int Year, IReadOnlyList<WarningView> Items);

/// <summary>Chinese labels of the case's enums (problem messages and exports are Chinese).</summary>
public static class ReliefLabels
{
    public static string Of(DifficultyCategory c) => c switch
    {
        DifficultyCategory.Financing => "融资",
        DifficultyCategory.Land => "用地",
        DifficultyCategory.Labour => "用工",
        DifficultyCategory.SupplyChain => "供应链",
        DifficultyCategory.Approvals => "审批",
        _ => "市场",
    };

    public static string Of(ReliefStatus s) => s switch
    {
        ReliefStatus.Reported => "已登记",
        ReliefStatus.Assigned => "办理中",
        ReliefStatus.ClosureProposed => "待评价",
        _ => "已办结",
    };

    public static string Of(ReliefSource s) => s switch
    {
        ReliefSource.Enterprise => "企业反映",
        ReliefSource.Officer => "干部走访",
        _ => "监测预警",
    };

    public static string Of(ReliefStep s) => s switch
    {
        ReliefStep.Reported => "登记",
        ReliefStep.Assigned => "分办",
        ReliefStep.ClosureProposed => "提出办结",
        ReliefStep.Rated => "满意度评价",
        ReliefStep.Reopened => "不满意，重新办理",
        _ => "帮扶措施",
    };
}
