namespace Gaoxin.Kernel.Access;

/// <summary>The roles a user can hold. Names are stable identifiers; the UI shows the Chinese titles.</summary>
public static class Roles
{
    /// <summary>管委会管理员</summary>
    public const string ZoneAdmin = "ZoneAdmin";
    /// <summary>创新中心运营方</summary>
    public const string CenterOperator = "CenterOperator";
    /// <summary>评审专家</summary>
    public const string Reviewer = "Reviewer";
    /// <summary>企业用户</summary>
    public const string EnterpriseUser = "EnterpriseUser";
    /// <summary>高校/科研院所用户</summary>
    public const string InstituteUser = "InstituteUser";
    /// <summary>无人车运营企业</summary>
    public const string VehicleOperator = "VehicleOperator";
    /// <summary>只读查看</summary>
    public const string Viewer = "Viewer";
    /// <summary>部门审批人员: works the service items of the departments they belong to.</summary>
    public const string DepartmentOfficer = "DepartmentOfficer";

    public static readonly IReadOnlyList<string> All =
        [ZoneAdmin, CenterOperator, Reviewer, EnterpriseUser, InstituteUser, VehicleOperator, Viewer, DepartmentOfficer];

    /// <summary>Roles whose holders act for their own organisation only and never see other organisations' records.</summary>
    public static readonly IReadOnlySet<string> OrganisationBound =
        new HashSet<string>([EnterpriseUser, InstituteUser, VehicleOperator]);

    public static bool IsKnown(string role) => All.Contains(role);
}

/// <summary>What kind of body an organisation is.</summary>
public enum OrganisationKind
{
    /// <summary>管委会</summary>
    Committee = 1,
    /// <summary>创新中心</summary>
    InnovationCenter = 2,
    /// <summary>企业</summary>
    Enterprise = 3,
    /// <summary>高校/科研院所</summary>
    Institute = 4,
    /// <summary>投资机构</summary>
    Investor = 5,
    /// <summary>无人车运营企业</summary>
    VehicleOperator = 6,
}
