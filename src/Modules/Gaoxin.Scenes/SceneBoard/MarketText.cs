using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace Gaoxin.Scenes.SceneBoard;

/// <summary>
/// The marketplace's one check on free text: what it publishes is shown on public pages, so markup is refused outright
/// rather than escaped and stored ("&lt;script&gt;", "&lt;b&gt;", "&lt;!--", "&lt;/p&gt;"). A "&lt;" followed by a digit, a space or another "&lt;"
/// ("温度 &lt; 5℃", "&lt;5%") is ordinary text.
/// </summary>
public static partial class MarketText
{
    public const string MarkupMessage = "不能包含 HTML 标记（如 <b>、<script>），请输入纯文本。";

    /// <summary>True when the text holds something a browser would read as a tag, a comment or a declaration.</summary>
    public static bool HasMarkup(string? text) => text is not null && Tag().IsMatch(text);

    /// <summary>Null when the text is plain, the Chinese message otherwise.</summary>
    public static string? Check(string? text) => HasMarkup(text) ? MarkupMessage : null;

    [GeneratedRegex(@"<[A-Za-z/!?]", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}

/// <summary>Refuses markup in a text input (see <see cref="MarketText"/>); put it on every free-text property of the module's inputs.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class PlainTextAttribute : ValidationAttribute
{
    public PlainTextAttribute() : base(MarketText.MarkupMessage)
    {
    }

    public override bool IsValid(object? value) => value is not string text || !MarketText.HasMarkup(text);
}
