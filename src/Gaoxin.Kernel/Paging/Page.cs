namespace Gaoxin.Kernel.Paging;

/// <summary>Which page of a list a person asked for; out-of-range numbers are clamped, not errors.</summary>
public readonly record struct PageRequest
{
    public const int DefaultSize = 20;
    public const int MaxSize = 200;

    public int Number { get; }
    public int Size { get; }

    public PageRequest(int? number, int? size)
    {
        Number = Math.Max(1, number ?? 1);
        Size = Math.Clamp(size ?? DefaultSize, 1, MaxSize);
    }

    public int Skip => (Number - 1) * Size;
}

/// <summary>One page of a list with the total, so a table can show "第 2 页，共 37 条".</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int Size, int Total)
{
    public int PageCount => Total == 0 ? 0 : (Total + Size - 1) / Size;
}

public static class Pages
{
    /// <summary>Reads every page of a list (largest page size) so an export sees exactly what the list shows.</summary>
    public static async Task<List<T>> AllAsync<T>(Func<PageRequest, Task<Page<T>>> fetch)
    {
        var all = new List<T>();
        for (var number = 1; ; number++)
        {
            var page = await fetch(new PageRequest(number, PageRequest.MaxSize));
            all.AddRange(page.Items);
            if (number >= page.PageCount)
            {
                return all;
            }
        }
    }
}
