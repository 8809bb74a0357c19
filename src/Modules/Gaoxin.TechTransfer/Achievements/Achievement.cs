using Gaoxin.Kernel.Zones;

namespace Gaoxin.TechTransfer.Achievements;

/// <summary>Where an achievement comes from: brought in from outside (外引) or grown locally (内育).</summary>
public enum AchievementOrigin
{
    /// <summary>外引</summary>
    BroughtIn = 1,
    /// <summary>内育</summary>
    Local = 2,
}

/// <summary>What kind of result an achievement is.</summary>
public enum AchievementKind
{
    /// <summary>发明专利</summary>
    InventionPatent = 1,
    /// <summary>实用新型</summary>
    UtilityModel = 2,
    /// <summary>软件著作权</summary>
    Software = 3,
    /// <summary>技术秘密</summary>
    KnowHow = 4,
    /// <summary>新材料/新工艺</summary>
    NewMaterialOrProcess = 5,
    /// <summary>样机/装备</summary>
    Prototype = 6,
    /// <summary>其他</summary>
    Other = 9,
}

/// <summary>A technology achievement (科技成果) offered for conversion.</summary>
internal sealed class Achievement : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public required string Title { get; set; }

    public string? Summary { get; set; }

    /// <summary>The university, institute or enterprise that owns it; its users see and edit it.</summary>
    public Guid OwnerOrganisationId { get; set; }

    public AchievementOrigin Origin { get; set; }

    public AchievementKind Kind { get; set; }

    /// <summary>Technology readiness level 1–9 (GB/T 22900).</summary>
    public int Readiness { get; set; }

    public Gaoxin.Contracts.ZoneIndustry Industry { get; set; }

    public DateOnly SubmittedOn { get; set; }

    public List<AchievementPatent> Patents { get; set; } = [];
}

/// <summary>One Chinese patent (or application) number protecting an achievement, stored normalised (e.g. ZL202310123456.7).</summary>
internal sealed class AchievementPatent : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public Guid AchievementId { get; set; }

    public required string Number { get; set; }
}
