namespace Gaoxin.Contracts.Enterprises;

/// <summary>A support policy the enterprise qualifies for today (免申即享), with the amount the policy's rule gives.</summary>
public sealed record AgendaPolicy(Guid PolicyId, string Name, decimal? Amount, string AmountExplanation);

/// <summary>A certificate the registry records (Scheme: TechSme, InnovativeSme, SpecialisedSme, LittleGiant, HighTech).</summary>
public sealed record AgendaCertificate(string Scheme, string Title, string Number, DateOnly ValidFrom, DateOnly ValidTo);

/// <summary>An honour with its validity, when it has one.</summary>
public sealed record AgendaHonour(string Name, DateOnly AwardedOn, DateOnly? ValidTo);

/// <summary>What the registry knows that an enterprise has to act on: matched policies, certificates and honours with their expiry, the years of annual data filed.</summary>
public sealed record EnterpriseAgenda(Guid EnterpriseId, string Name, DateOnly AsOf, IReadOnlyList<AgendaPolicy> MatchedPolicies,
    IReadOnlyList<AgendaCertificate> Certificates, IReadOnlyList<AgendaHonour> Honours, IReadOnlyList<int> AnnualDataYears);

/// <summary>The registry's door for the enterprise service page (Enterprises implements it; absent when the module is not installed).</summary>
public interface IEnterpriseAgenda
{
    /// <summary>The agenda of the registry enterprise that is the platform organisation <paramref name="organisationId"/>; null when the registry has none.</summary>
    Task<EnterpriseAgenda?> ForOrganisationAsync(Guid zoneId, Guid organisationId, CancellationToken ct);

    /// <summary>The platform organisations of the zone that have a registry enterprise (for the daily due sweep).</summary>
    Task<IReadOnlyList<Guid>> OrganisationsAsync(Guid zoneId, CancellationToken ct);
}
