namespace Gaoxin.Enterprises.Registry;

/// <summary>
/// Keeps enterprises' stored verdicts (评价结果, what the lists and the cultivation board read) in step with their facts.
/// The registry calls it before saving a change to an enterprise's facts, so the caller's one SaveChanges writes the
/// facts and the verdicts together: the board is never a refresh behind. Implemented by Evaluations.
/// </summary>
internal interface IStoredVerdicts
{
    /// <summary>
    /// Stages, in the context, the verdict rows the enterprises' current facts give (fully loaded: years, certificates,
    /// honours). Expert scores are read from the database unless given for one enterprise.
    /// </summary>
    Task StageAsync(IReadOnlyCollection<Enterprise> enterprises, CancellationToken ct, IReadOnlyDictionary<string, decimal>? expertScoresOfOne = null);
}
