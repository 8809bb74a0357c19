using System.Globalization;
using System.Resources;

[assembly: NeutralResourcesLanguage("zh-CN")]

namespace Gaoxin.Platforms;

/// <summary>
/// The module's UI strings: Resources/PlatformsText.resx (Chinese, the neutral language) and PlatformsText.en.resx.
/// Pages inject IStringLocalizer&lt;PlatformsText&gt;; other code calls <see cref="Get"/>.
/// </summary>
public sealed class PlatformsText
{
    private static readonly ResourceManager Resources = new("Gaoxin.Platforms.Resources.PlatformsText", typeof(PlatformsText).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
}
