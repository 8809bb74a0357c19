using System.Globalization;
using System.Resources;

[assembly: NeutralResourcesLanguage("zh-CN")]

namespace Gaoxin.Scenes;

/// <summary>
/// The module's UI strings: Resources/ScenesText.resx (Chinese, the neutral language) and ScenesText.en.resx.
/// Pages inject IStringLocalizer&lt;ScenesText&gt;; other code calls <see cref="Get"/>.
/// </summary>
public sealed class ScenesText
{
    private static readonly ResourceManager Resources = new("Gaoxin.Scenes.Resources.ScenesText", typeof(ScenesText).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
}
