using System.Globalization;
using System.Resources;

[assembly: NeutralResourcesLanguage("zh-CN")]

namespace Gaoxin.Sample;

/// <summary>
/// The module's UI strings: Resources/SampleText.resx (Chinese, the neutral language) and SampleText.en.resx.
/// Pages inject IStringLocalizer&lt;SampleText&gt;; other code calls <see cref="Get"/>.
/// </summary>
public sealed class SampleText
{
    private static readonly ResourceManager Resources = new("Gaoxin.Sample.Resources.SampleText", typeof(SampleText).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
}
