using System.Globalization;
using System.Resources;

[assembly: NeutralResourcesLanguage("zh-CN")]

namespace Gaoxin.PilotBase;

/// <summary>
/// The module's UI strings: Resources/PilotBaseText.resx (Chinese, the neutral language) and PilotBaseText.en.resx.
/// Pages inject IStringLocalizer&lt;PilotBaseText&gt;; other code calls <see cref="Get"/>.
/// </summary>
public sealed class PilotBaseText
{
    private static readonly ResourceManager Resources = new("Gaoxin.PilotBase.Resources.PilotBaseText", typeof(PilotBaseText).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
}
