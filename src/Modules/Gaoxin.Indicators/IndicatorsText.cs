using System.Globalization;
using System.Resources;

[assembly: NeutralResourcesLanguage("zh-CN")]

namespace Gaoxin.Indicators;

/// <summary>
/// The module's UI strings: Resources/IndicatorsText.resx (Chinese, default) and .en.resx, edited as .resx
/// (a test checks both languages). Pages inject IStringLocalizer&lt;IndicatorsText&gt;; other code calls <see cref="Get"/>.
/// </summary>
public sealed class IndicatorsText
{
    private static readonly ResourceManager Resources = new("Gaoxin.Indicators.Resources.IndicatorsText", typeof(IndicatorsText).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
}
