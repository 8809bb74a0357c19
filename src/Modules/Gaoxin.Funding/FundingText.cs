using System.Globalization;
using System.Resources;

[assembly: NeutralResourcesLanguage("zh-CN")]

namespace Gaoxin.Funding;

/// <summary>The module's UI strings: Resources/FundingText.resx (Chinese, default) and .en.resx, edited as .resx (a test checks both languages).</summary>
public sealed class FundingText
{
    private static readonly ResourceManager Resources = new("Gaoxin.Funding.Resources.FundingText", typeof(FundingText).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;
}
