namespace Gaoxin.Services.Calendar;

/// <summary>What a dated day of the holiday calendar is (节假日安排).</summary>
public enum DayKind
{
    /// <summary>法定节假日（含调休放假）: a weekday off.</summary>
    Holiday = 1,
    /// <summary>调休上班: a Saturday or Sunday that is worked.</summary>
    MakeUpWorkday = 2,
}

/// <summary>
/// China's working days (工作日): Monday to Friday, except the public holidays, plus the make-up working days (调休).
/// A time limit in working days counts from the day after acceptance (受理次日起算), so "N working days from d" is the
/// N-th working day strictly after d. A year without a published calendar falls back to weekends only and says so
/// through <see cref="Covers"/>, so a page can mark its clocks provisional.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly Dictionary<DateOnly, DayKind> days;
    private readonly HashSet<int> years;

    public WorkingCalendar(IEnumerable<(DateOnly Date, DayKind Kind)> dated, IEnumerable<int> coveredYears)
    {
        days = new Dictionary<DateOnly, DayKind>();
        foreach (var (date, kind) in dated)
        {
            days[date] = kind;
        }

        years = [.. coveredYears];
    }

    /// <summary>A calendar with no published year: weekends only.</summary>
    public static WorkingCalendar WeekendsOnly { get; } = new([], []);

    /// <summary>Whether the year's holiday arrangement is loaded (otherwise only weekends are known).</summary>
    public bool Covers(int year) => years.Contains(year);

    public IReadOnlyCollection<int> Years => years;

    public bool IsWorkingDay(DateOnly day) => days.TryGetValue(day, out var kind)
        ? kind == DayKind.MakeUpWorkday
        : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>Working days in the half-open span (after, through]: what passes between two days on the clock.</summary>
    public int WorkingDaysBetween(DateOnly after, DateOnly through)
    {
        if (through <= after)
        {
            return through == after ? 0 : -WorkingDaysBetween(through, after);
        }

        var count = 0;
        for (var d = after.AddDays(1); d <= through; d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The <paramref name="workingDays"/>-th working day after <paramref name="from"/> (before it when negative; the day itself when zero).</summary>
    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        var step = workingDays >= 0 ? 1 : -1;
        var left = Math.Abs(workingDays);
        var d = from;
        while (left > 0)
        {
            d = d.AddDays(step);
            if (IsWorkingDay(d))
            {
                left--;
            }
        }

        return d;
    }
}
