using System.Globalization;

namespace Gaoxin.TechTransfer.Projects;

/// <summary>项目编号: ZG-{year}-{number within the year, at least three digits}, the form of the center's own register.</summary>
internal static class ProjectCodes
{
    public static string Prefix(int year) => string.Create(CultureInfo.InvariantCulture, $"ZG-{year}-");

    /// <summary>The number after the highest of the year's codes (a code with a suffix, as older ones had, counts by its number).</summary>
    public static string Next(int year, IEnumerable<string> codesOfTheYear)
    {
        var prefix = Prefix(year);
        var highest = codesOfTheYear
            .Where(c => c.StartsWith(prefix, StringComparison.Ordinal))
            .Select(c => c[prefix.Length..].Split('-')[0])
            .Select(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0)
            .DefaultIfEmpty(0)
            .Max();
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{highest + 1:D3}");
    }
}
