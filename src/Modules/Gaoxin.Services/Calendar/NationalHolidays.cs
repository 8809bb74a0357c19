namespace Gaoxin.Services.Calendar;

/// <summary>
/// The 2025 and 2026 arrangements as published by the State Council's General Office (国办发明电〔2024〕12号,
/// 〔2025〕7号): the dates every zone starts with. Later years are imported.
/// </summary>
public static class NationalHolidays
{
    public static readonly IReadOnlyList<(DateOnly Date, DayKind Kind, string Name)> Days =
    [
        .. Off(2025, 1, 1, 1, "元旦"),
        .. Off(2025, 1, 28, 8, "春节"), Work(2025, 1, 26, "春节"), Work(2025, 2, 8, "春节"),
        .. Off(2025, 4, 4, 3, "清明节"),
        .. Off(2025, 5, 1, 5, "劳动节"), Work(2025, 4, 27, "劳动节"),
        .. Off(2025, 5, 31, 3, "端午节"),
        .. Off(2025, 10, 1, 8, "国庆节、中秋节"), Work(2025, 9, 28, "国庆节、中秋节"), Work(2025, 10, 11, "国庆节、中秋节"),

        .. Off(2026, 1, 1, 3, "元旦"), Work(2026, 1, 4, "元旦"),
        .. Off(2026, 2, 15, 9, "春节"), Work(2026, 2, 14, "春节"), Work(2026, 2, 28, "春节"),
        .. Off(2026, 4, 4, 3, "清明节"),
        .. Off(2026, 5, 1, 5, "劳动节"), Work(2026, 5, 9, "劳动节"),
        .. Off(2026, 6, 19, 3, "端午节"),
        .. Off(2026, 9, 25, 3, "中秋节"),
        .. Off(2026, 10, 1, 7, "国庆节"), Work(2026, 9, 20, "国庆节"), Work(2026, 10, 10, "国庆节"),
    ];

    public static readonly IReadOnlyList<int> Years = [2025, 2026];

    public static WorkingCalendar Calendar { get; } = new(Days.Select(d => (d.Date, d.Kind)), Years);

    private static IEnumerable<(DateOnly, DayKind, string)> Off(int year, int month, int day, int length, string name) =>
        Enumerable.Range(0, length).Select(i => (new DateOnly(year, month, day).AddDays(i), DayKind.Holiday, name));

    private static (DateOnly, DayKind, string) Work(int year, int month, int day, string name) =>
        (new DateOnly(year, month, day), DayKind.MakeUpWorkday, name);
}
