namespace Gaoxin.Contracts.Enterprises;

/// <summary>An enterprise as other modules see it (企业库中的企业).</summary>
public sealed record EnterpriseSummary(Guid Id, string Name, string CreditCode, Guid? OrganisationId, ZoneIndustry Industry, bool AboveDesignatedSize);

/// <summary>Zone-wide enterprise counts: total, above designated size, by certification rung, the smart-transformation rate.</summary>
public sealed record EnterpriseCounts(int Total, int AboveDesignatedSize, IReadOnlyDictionary<string, int> ByRung, int Transformed, decimal? TransformationRate);

/// <summary>The enterprise registry's door for other modules (Enterprises module implements it).</summary>
public interface IEnterpriseDirectory
{
    /// <summary>Enterprises of the zone whose name or credit code contains <paramref name="search"/>, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<EnterpriseSummary>> SearchAsync(Guid zoneId, string? search, int limit, CancellationToken ct);

    Task<IReadOnlyList<EnterpriseSummary>> FindAsync(Guid zoneId, IReadOnlyCollection<Guid> ids, CancellationToken ct);

    /// <summary>Sales (营业收入, CNY) reported for <paramref name="year"/>, by enterprise; enterprises without a report are absent.</summary>
    Task<IReadOnlyDictionary<Guid, decimal>> SalesAsync(Guid zoneId, int year, IReadOnlyCollection<Guid> ids, CancellationToken ct);

    Task<EnterpriseCounts> CountsAsync(Guid zoneId, CancellationToken ct);
}
