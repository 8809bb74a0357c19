namespace Gaoxin.Contracts.Funding;

/// <summary>
/// A closed outside financing round (外部融资轮次) as the fund needs it to propose a 先投后股 conversion: the company, the
/// round's name and close date, its pre-money valuation and the price per share that valuation gives (pre-money ÷ shares before the round).
/// </summary>
public sealed record ClosedRound(Guid RoundId, Guid CompanyOrganisationId, string RoundName, DateOnly ClosedOn, decimal PreMoney, decimal Amount, decimal PricePerShare);

/// <summary>A conversion proposal (转股建议) the fund holds for one instrument and one round.</summary>
public sealed record ConversionProposalRef(Guid ProposalId, Guid InstrumentId, string ProjectTitle, decimal Principal, decimal Shares, decimal StakeOfPreMoney, string Status, bool New);

/// <summary>The fund's door for rounds closed elsewhere (Funding implements it; absent when the module is not installed).</summary>
public interface IFundConversions
{
    /// <summary>
    /// Proposes converting each open 先投后股 instrument of the round's company, once per instrument and round (a repeat
    /// returns the proposal already made, <c>New</c> false). The proposals are added to the request's unit of work and are
    /// saved by the caller's save, in the same transaction as the round's close: nothing partial.
    /// </summary>
    Task<IReadOnlyList<ConversionProposalRef>> ProposeAsync(Guid zoneId, ClosedRound round, CancellationToken ct);

    /// <summary>Companies (organisation ids) holding a 先投后股 instrument not yet converted: a round closed on one of them makes a proposal.</summary>
    Task<IReadOnlyList<Guid>> CompaniesWithOpenInstrumentsAsync(Guid zoneId, CancellationToken ct);

    /// <summary>The proposals made on a round's close, whatever became of them since.</summary>
    Task<IReadOnlyList<ConversionProposalRef>> ForRoundAsync(Guid zoneId, Guid roundId, CancellationToken ct);
}
