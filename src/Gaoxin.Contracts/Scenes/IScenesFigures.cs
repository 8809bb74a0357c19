namespace Gaoxin.Contracts.Scenes;

/// <summary>Registered technology contracts of one kind (技术开发、转让、许可、咨询、服务): <paramref name="Kind"/> is the code, <paramref name="Label"/> its name.</summary>
public sealed record ContractKindFigures(string Kind, string Label, int Contracts, decimal Turnover, decimal TechnologyAmount);

/// <summary>Registered technology contracts of one month (1–12) of the year.</summary>
public sealed record ContractMonthFigures(int Month, int Contracts, decimal Turnover, decimal TechnologyAmount);

/// <summary>
/// The marketplace in one year (场景与需求、技术合同). Contracts count when registered (认定登记) in the year: their number, their
/// turnover (技术合同成交额, yuan) and technology amount (技术交易额, yuan), by kind and by month. Scenes published and adopted in
/// the year, demands published in the year and solved (now), deals open and stalled now (a working deal 30 days without a step).
/// </summary>
public sealed record ScenesFigures(int Year, int RegisteredContracts, decimal Turnover, decimal TechnologyAmount, IReadOnlyList<ContractKindFigures> ByKind,
    IReadOnlyList<ContractMonthFigures> ByMonth, int ScenesPublished, int ScenesAdopted, int DemandsPublished, int DemandsSolved, int DealsOpen, int DealsStalled);

/// <summary>The scenes and demands marketplace's door for the cockpit and the indicators (absent when the module is not installed).</summary>
public interface IScenesFigures
{
    Task<ScenesFigures> ForYearAsync(Guid zoneId, int year, CancellationToken ct);
}
