using System.ComponentModel.DataAnnotations;

namespace Gaoxin.Services.Departments;

/// <summary>A department as the zone admin enters it; the code is fixed once created (ignored on rename).</summary>
public sealed record DepartmentInput(
    [property: Required(ErrorMessage = "请填写部门代码。"), StringLength(20, MinimumLength = 2, ErrorMessage = "部门代码应为 2–20 个字符。"),
        RegularExpression("^[A-Za-z0-9_-]+$", ErrorMessage = "部门代码只能由字母、数字、下划线和连字符组成。")] string Code,
    [property: Required(ErrorMessage = "请填写部门名称。"), StringLength(100, MinimumLength = 2, ErrorMessage = "部门名称应为 2–100 个字。")] string Name);

/// <summary>Adds an officer to a department by their sign-in e-mail; the head receives escalations.</summary>
public sealed record MemberInput(
    [property: Required(ErrorMessage = "请填写审批人员的登录邮箱。"), EmailAddress(ErrorMessage = "邮箱格式不正确。"), StringLength(256, ErrorMessage = "邮箱过长。")] string Email,
    bool IsHead);
