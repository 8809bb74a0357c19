using Gaoxin.Contracts.TechTransfer;

namespace Gaoxin.TechTransfer.Package;

/// <summary>
/// One element of a project's package: received or not, the day and a short "what" when received (e.g. 中试批次 ZS-2026-003 通过),
/// and the gap text when <see cref="PackageGapRule"/> flags it.
/// </summary>
public sealed record PackageItem(PackageElement Element, string Name, bool Received, DateOnly? On, string? What, bool Gap, string? GapText);

/// <summary>
/// A relay project's support package (中试+孵化+基金+场景+人才): the project, the day it was selected and the days since, its five
/// elements in order, and whether talent is recorded by any module at all (<see cref="TalentRecorded"/> false: nothing can be received yet).
/// </summary>
public sealed record ProjectPackage(Guid ProjectId, string Code, string Title, RelayStage Stage, ZoneIndustry Industry, string? CompanyName, DateOnly? SelectedOn,
    int? DaysSinceSelected, IReadOnlyList<PackageItem> Elements, bool HasGaps, bool TalentRecorded);

/// <summary>The zone matrix's filter: code or name, stage, industry, one element that must be a gap, projects with or without gaps; gaps judged at <see cref="Days"/>.</summary>
public sealed record PackageFilter(string? Search, RelayStage? Stage, ZoneIndustry? Industry, PackageElement? Gap, bool? HasGaps, int Days = PackageGapRule.DefaultDays);
