using System.Net;
using System.Text.RegularExpressions;

namespace Gaoxin.Testing;

/// <summary>Reads the to-do lines of the home page (rendered on the server) as a signed-in person sees them.</summary>
public static partial class HomeToDos
{
    /// <summary>Each to-do line's title and count, in the order shown.</summary>
    public static async Task<IReadOnlyList<(string Title, int Count)>> ReadAsync(HttpClient client)
    {
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        return [.. Line().Matches(html).Select(m => (WebUtility.HtmlDecode(m.Groups["title"].Value), int.Parse(m.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture)))];
    }

    /// <summary>The count on the line with this exact title; 0 when there is no such line (nothing waits).</summary>
    public static async Task<int> CountAsync(HttpClient client, string title) =>
        (await ReadAsync(client)).Where(t => t.Title == title).Select(t => t.Count).SingleOrDefault();

    [GeneratedRegex("data-todo=\"(?<title>[^\"]*)\" data-count=\"(?<count>\\d+)\"")]
    private static partial Regex Line();
}
