namespace Gaoxin.Funding.Awards;

public sealed record ApplicationView(Guid Id, Guid ProjectId, string ProjectCode, string ProjectTitle, Guid OrganisationId, int FundYear, decimal Amount, decimal EligibleCost,
    string CostBreakdown, Instrument Instrument, SupportStage Stage, ApplicationStatus Status, decimal? ScreeningScore, string? Grade, decimal? RecommendedAmount,
    string? RecommendationNote, string? RecommendedBy, string? DecisionNote, string? DecidedBy, DateTimeOffset SubmittedAt, int? PolicyVersion, Guid? AwardId)
{
    public static ApplicationView Of(FundApplication a) => new(a.Id, a.ProjectId, a.ProjectCode, a.ProjectTitle, a.OrganisationId, a.FundYear, a.Amount.Yuan, a.EligibleCost.Yuan,
        a.CostBreakdown, a.Instrument, a.Stage, a.Status, a.ScreeningScore, a.Grade, a.RecommendedAmount?.Yuan, a.RecommendationNote, a.RecommendedBy, a.DecisionNote, a.DecidedBy,
        a.SubmittedAt, a.PolicyVersion, a.AwardId);
}

public sealed record TrancheView(int Number, string Label, decimal Share, decimal Amount, decimal Paid, TrancheStatus Status, Guid? MilestoneId, string? MilestoneTitle);

public sealed record PaymentView(Guid Id, int TrancheNumber, decimal Amount, DateOnly PaidOn, string Reference, PaymentStatus Status, string? FailureReason, string IdempotencyKey, bool Replayed = false)
{
    public static PaymentView Of(Payment p) => new(p.Id, p.TrancheNumber, p.Amount.Yuan, p.PaidOn, p.Reference, p.Status, p.FailureReason, p.IdempotencyKey);
}

public sealed record AwardView(Guid Id, Guid ApplicationId, Guid ProjectId, string ProjectCode, string ProjectTitle, Guid OrganisationId, int FundYear, string Grade, decimal Amount,
    Instrument Instrument, SupportStage Stage, AwardStatus Status, int PolicyVersion, DateOnly ApprovedOn, string ApprovedBy, string? CloseReason,
    decimal Paid, decimal Released, decimal Outstanding, IReadOnlyList<TrancheView> Tranches, IReadOnlyList<PaymentView> Payments, Guid? InstrumentId);

public sealed record AwardListItem(Guid Id, string ProjectCode, string ProjectTitle, int FundYear, string Grade, decimal Amount, Instrument Instrument, AwardStatus Status, DateOnly ApprovedOn, decimal Paid);
