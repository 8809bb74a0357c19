using Gaoxin.Contracts.Funding;
using Gaoxin.Funding.Proposals;

namespace Gaoxin.Funding.Contracts;

/// <summary>The fund's door for rounds closed in Capital: conversion proposals are made and read by <see cref="ProposalService"/>.</summary>
internal sealed class FundConversions(ProposalService proposals) : IFundConversions
{
    public Task<IReadOnlyList<ConversionProposalRef>> ProposeAsync(Guid zoneId, ClosedRound round, CancellationToken ct) => proposals.ProposeAsync(zoneId, round, ct);

    public Task<IReadOnlyList<Guid>> CompaniesWithOpenInstrumentsAsync(Guid zoneId, CancellationToken ct) => proposals.CompaniesWithOpenInstrumentsAsync(zoneId, ct);

    public Task<IReadOnlyList<ConversionProposalRef>> ForRoundAsync(Guid zoneId, Guid roundId, CancellationToken ct) => proposals.ForRoundAsync(zoneId, roundId, ct);
}
