using Gaoxin.Kernel.Zones;

namespace Gaoxin.Services.Departments;

/// <summary>A department of the zone that reviews service items (审批部门：经济发展局、规划建设局…).</summary>
public sealed class Department : IZoneScoped
{
    private Department()
    {
        Code = Name = string.Empty;
    }

    public Department(ZoneId zoneId, string code, string name)
    {
        ZoneId = zoneId;
        Code = code;
        Name = name;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    /// <summary>Short stable code, unique in the zone ("JFJ").</summary>
    public string Code { get; private set; }

    public string Name { get; set; }
}

/// <summary>
/// A user who works a department's queue (部门经办人). The head (负责人) receives escalations of overdue items.
/// A user may serve several departments.
/// </summary>
public sealed class DepartmentMember : IZoneScoped
{
    private DepartmentMember()
    {
    }

    public DepartmentMember(ZoneId zoneId, Guid departmentId, string userId, bool isHead)
    {
        ZoneId = zoneId;
        DepartmentId = departmentId;
        UserId = userId;
        IsHead = isHead;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public Guid DepartmentId { get; private set; }

    public string UserId { get; private set; } = string.Empty;

    public bool IsHead { get; set; }
}
