using System.Globalization;
using System.Resources;

[assembly: NeutralResourcesLanguage("zh-CN")]

namespace Gaoxin.Mobility;

/// <summary>
/// The module's UI strings: Resources/MobilityText.resx (Chinese, the neutral language) and MobilityText.en.resx.
/// Pages inject IStringLocalizer&lt;MobilityText&gt;; other code calls <see cref="Get"/>.
/// </summary>
public sealed class MobilityText
{
    private static readonly ResourceManager Resources = new("Gaoxin.Mobility.Resources.MobilityText", typeof(MobilityText).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
}
