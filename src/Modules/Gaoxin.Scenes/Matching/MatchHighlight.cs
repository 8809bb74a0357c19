namespace Gaoxin.Scenes.Matching;

/// <summary>Cuts a title into plain and matched pieces so a page can mark the matched terms (longest term first).</summary>
internal static class MatchHighlight
{
    public static IReadOnlyList<(string Text, bool Matched)> Split(string title, IReadOnlyList<string> terms)
    {
        var pieces = new List<(string, bool)>();
        var ordered = terms.Where(t => t.Length > 0).OrderByDescending(t => t.Length).ToList();
        var start = 0;
        var i = 0;
        while (i < title.Length)
        {
            var term = ordered.FirstOrDefault(t => string.Compare(title, i, t, 0, t.Length, StringComparison.OrdinalIgnoreCase) == 0);
            if (term is null)
            {
                i++;
                continue;
            }

            if (i > start)
            {
                pieces.Add((title[start..i], false));
            }

            pieces.Add((title.Substring(i, term.Length), true));
            i += term.Length;
            start = i;
        }

        if (start < title.Length)
        {
            pieces.Add((title[start..], false));
        }

        return pieces;
    }

    /// <summary>The deals page's address for starting a deal from one hit of a match list.</summary>
    public static string DealLink(string side, Guid id, MatchHitView hit)
    {
        var demandSide = side is "Demand" or "Scene";
        var (demandKind, demand, supplyKind, supply) = demandSide ? (side, id, hit.Kind.ToString(), hit.Id) : (hit.Kind.ToString(), hit.Id, side, id);
        return $"/scenes/deals/new?side={demandKind}&demand={demand}&kind={supplyKind}&supply={supply}";
    }
}
