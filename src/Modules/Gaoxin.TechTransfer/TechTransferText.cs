using System.Globalization;
using System.Resources;

[assembly: NeutralResourcesLanguage("zh-CN")]

namespace Gaoxin.TechTransfer;

/// <summary>The module's UI strings: Resources/TechTransferText.resx (Chinese) and .en.resx, edited as .resx (a test checks both languages).</summary>
public sealed class TechTransferText
{
    private static readonly ResourceManager Resources = new("Gaoxin.TechTransfer.Resources.TechTransferText", typeof(TechTransferText).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public static string Get(string key, string culture) => Resources.GetString(key, CultureInfo.GetCultureInfo(culture)) ?? key;
}
