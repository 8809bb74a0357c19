namespace Gaoxin.TechTransfer.Projects;

/// <summary>Where a converted project stands against the success definition.</summary>
public enum Verdict
{
    /// <summary>未开始转化（尚未进入孵化）</summary>
    NotStarted = 0,
    /// <summary>进行中：窗口期未满</summary>
    InProgress = 1,
    /// <summary>成功</summary>
    Succeeded = 2,
    /// <summary>失败：终止，或窗口期满未达标</summary>
    Failed = 3,
}

/// <summary>
/// Judges success honestly: a project succeeds on the first report with revenue to date ≥ the threshold dated within
/// the window after industrial incubation began; it fails when terminated or when the window closes without that;
/// until then it is in progress, never counted as a failure.
/// </summary>
internal static class SuccessJudge
{
    public static DateOnly? SucceededOn(DateOnly? industrialStartedOn, IEnumerable<(DateOnly On, decimal RevenueToDate)> reports, decimal threshold, int withinMonths)
    {
        if (industrialStartedOn is not { } start)
        {
            return null;
        }

        var windowEnd = start.AddMonths(withinMonths);
        return reports.Where(r => r.On >= start && r.On <= windowEnd && r.RevenueToDate >= threshold)
            .Select(r => (DateOnly?)r.On).Min();
    }

    /// <summary>A project whose industrial incubation began before this date has had its whole window (the same test the SQL uses).</summary>
    public static DateOnly WindowCutoff(DateOnly today, int withinMonths) => today.AddMonths(-withinMonths);

    public static Verdict Judge(bool started, DateOnly? industrialStartedOn, DateOnly? succeededOn, bool terminated, int withinMonths, DateOnly today)
    {
        if (succeededOn is not null)
        {
            return Verdict.Succeeded;
        }

        if (!started)
        {
            return Verdict.NotStarted;
        }

        if (terminated)
        {
            return Verdict.Failed;
        }

        return industrialStartedOn is { } start && start < WindowCutoff(today, withinMonths) ? Verdict.Failed : Verdict.InProgress;
    }
}
