using Gaoxin.Data.Modules;

namespace Gaoxin.Web.Components.Layout;

/// <summary>The modules' navigation entries with their areas, and which entry a path belongs to (for the menu and the breadcrumbs).</summary>
internal static class NavAreas
{
    public static IEnumerable<(NavArea Area, NavEntry Entry)> Entries(IEnumerable<IGaoxinModule> modules) =>
        modules.SelectMany(m => m.Navigation.Select(e => (m.NavigationArea, e))).OrderBy(e => e.e.Order).Select(e => (e.NavigationArea, e.e));

    /// <summary>The entry whose address is the longest prefix of the path (segment-wise), or null for pages outside the modules.</summary>
    public static (NavArea Area, NavEntry Entry)? Locate(IEnumerable<IGaoxinModule> modules, string relativePath)
    {
        var path = "/" + relativePath.Split('?', '#')[0].Trim('/');
        (NavArea Area, NavEntry Entry)? best = null;
        foreach (var candidate in Entries(modules))
        {
            var href = candidate.Entry.Href.TrimEnd('/');
            var matches = path.Equals(href, StringComparison.OrdinalIgnoreCase) || path.StartsWith(href + "/", StringComparison.OrdinalIgnoreCase);
            if (matches && (best is null || href.Length > best.Value.Entry.Href.TrimEnd('/').Length))
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>The shared-resource key of a system page (organisations, tokens, users, audit) the path is in, or null.</summary>
    public static string? SystemPage(string relativePath)
    {
        var path = "/" + relativePath.Split('?', '#')[0].Trim('/');
        return SystemPages.FirstOrDefault(p => path.Equals(p.Href, StringComparison.OrdinalIgnoreCase) || path.StartsWith(p.Href + "/", StringComparison.OrdinalIgnoreCase)).Key;
    }

    private static readonly (string Href, string Key)[] SystemPages =
        [("/organisations", "Nav.Organisations"), ("/me/tokens", "Nav.Tokens"), ("/admin/users", "Nav.Users"), ("/admin/audit", "Nav.Audit")];
}
