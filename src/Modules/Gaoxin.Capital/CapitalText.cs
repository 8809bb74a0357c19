using System.Globalization;
using System.Resources;

[assembly: NeutralResourcesLanguage("zh-CN")]

namespace Gaoxin.Capital;

/// <summary>
/// The module's UI strings: Resources/CapitalText.resx (Chinese, the neutral language) and CapitalText.en.resx.
/// Pages inject IStringLocalizer&lt;CapitalText&gt;; other code calls <see cref="Get"/>.
/// </summary>
public sealed class CapitalText
{
    private static readonly ResourceManager Resources = new("Gaoxin.Capital.Resources.CapitalText", typeof(CapitalText).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
}
