using Microsoft.Playwright;

namespace Gaoxin.Browser.Tests;

/// <summary>Debian's Chromium driven by Playwright; tests skip, saying why, where it is not installed.</summary>
public sealed class Browser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;

    private Browser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Chromium = browser;
    }

    public IBrowser Chromium { get; }

    public static async Task<Browser> LaunchAsync()
    {
        Assert.SkipUnless(File.Exists(ChromiumPath), $"Browser test skipped: Chromium not found at {ChromiumPath}.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        return new Browser(playwright, browser);
    }

    public async Task<IPage> NewPageAsync(Uri baseAddress)
    {
        var context = await Chromium.NewContextAsync(new() { BaseURL = baseAddress.ToString(), Locale = "en-US", ViewportSize = new() { Width = 1366, Height = 860 } });
        // Generous: CI runs every test assembly at once on two cores, and a Blazor circuit under that load can take seconds to answer.
        context.SetDefaultTimeout(45_000);
        return await context.NewPageAsync();
    }

    /// <summary>Waits until the interactive circuit is up (the layout sets the marker after its first interactive render).</summary>
    public static Task WaitForCircuitAsync(IPage page) =>
        page.Locator("#gx-ready[data-ready='1']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>
    /// Opens a page from the side menu as a person does: the area group holding the link is opened first when it is
    /// closed (the menu opens only the current page's group).
    /// </summary>
    public static async Task OpenFromMenuAsync(IPage page, string title)
    {
        var link = page.Locator($"nav a.mud-nav-link:has(.mud-nav-link-text:text-is(\"{title}\"))").First;
        await link.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        if (!await link.IsVisibleAsync())
        {
            await page.Locator(".gx-nav-area", new() { Has = link }).Locator("button.mud-nav-link").First.ClickAsync();
        }

        await link.ClickAsync();
    }

    /// <summary>The titles of every page the menu offers the reader, in closed groups too.</summary>
    public static async Task<string> MenuTitlesAsync(IPage page) =>
        string.Join("\n", await page.Locator("nav a.mud-nav-link .mud-nav-link-text").AllTextContentsAsync());

    public static async Task SignInAsync(IPage page, string email, string password = Gaoxin.Data.Seeding.DemoData.Password)
    {
        await page.GotoAsync("/");
        await page.WaitForURLAsync("**/account/login**");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await WaitForCircuitAsync(page);
    }

    /// <summary>Saves what the page shows when GAOXIN_SCREENSHOTS names a folder (used for the README's pictures).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("GAOXIN_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name), FullPage = true });
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Chromium.DisposeAsync();
        _playwright.Dispose();
    }
}
