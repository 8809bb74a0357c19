using System.Globalization;
using System.Resources;

[assembly: NeutralResourcesLanguage("zh-CN")]

namespace Gaoxin.Industry;

/// <summary>
/// The module's UI strings: Resources/IndustryText.resx (Chinese, default) and .en.resx, edited as .resx
/// (a test checks both languages). Pages inject IStringLocalizer&lt;IndustryText&gt;; other code calls <see cref="Get"/>.
/// </summary>
public sealed class IndustryText
{
    private static readonly ResourceManager Resources = new("Gaoxin.Industry.Resources.IndustryText", typeof(IndustryText).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
}
