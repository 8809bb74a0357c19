using System.Globalization;
using System.Resources;

[assembly: NeutralResourcesLanguage("zh-CN")]

namespace Gaoxin.Services;

/// <summary>
/// The module's UI strings: Resources/ServicesText.resx (Chinese, the neutral language) and ServicesText.en.resx.
/// Pages inject IStringLocalizer&lt;ServicesText&gt;; other code calls <see cref="Get"/>.
/// </summary>
public sealed class ServicesText
{
    private static readonly ResourceManager Resources = new("Gaoxin.Services.Resources.ServicesText", typeof(ServicesText).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
}
