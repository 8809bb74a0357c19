using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Gaoxin.Data.Modules;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Platform.Tests;

/// <summary>
/// #22 item 4: every page each role can open is read as a person would (the server-rendered text, no markup or scripts),
/// and none shows an internal name: a rule class, a resource or expert key, a field name, a date-format pattern, a JSON
/// fragment or the audit's raw actor names. Pages are found from the routes themselves, so a new page is read too; pages
/// with an id are reached through the links the list pages show. Page text does not depend on the database provider,
/// so the scan runs on SQLite only; the pages' data on PostgreSQL is covered by the modules' tests.
/// </summary>
public sealed partial class PageTextTests(SharedApps apps)
{
    public static TheoryData<string> Users =>
    [
        "admin@zigong.demo", "operator@zigong.demo", "reviewer@zigong.demo", "enterprise@zigong.demo",
        "institute@zigong.demo", "vehicle@zigong.demo", "viewer@zigong.demo", "officer@zigong.demo",
    ];

    /// <summary>What an internal name looks like, with the reason it is one.</summary>
    private static readonly (Regex Pattern, string What)[] Internal =
    [
        (RuleClass(), "a rule class name"),
        (DottedKey(), "a resource or expert key"),
        (SnakeCase(), "a field name"),
        (new Regex("yyyy|HH:mm", RegexOptions.CultureInvariant), "a date-format pattern"),
        (new Regex("\\{\"", RegexOptions.CultureInvariant), "JSON"),
        (new Regex("\\banonymous\\b", RegexOptions.CultureInvariant), "the audit's name for a visitor"),
        (new Regex("\\bWilson\\b", RegexOptions.CultureInvariant), "a method's author instead of what it means"),
    ];

    [Theory]
    [MemberData(nameof(Users))]
    public async Task No_page_a_user_can_open_shows_an_internal_name(string email)
    {
        var app = await apps.GetAsync(Db.Sqlite);
        var client = await app.SignedInAsync(email);
        var templates = RouteTemplates(app.Services);
        var fixedRoutes = templates.Where(t => !t.Contains('{', StringComparison.Ordinal)).ToList();
        var withIds = templates.Where(t => t.Contains('{', StringComparison.Ordinal))
            .Select(t => (Template: t, Match: new Regex("^" + Regex.Replace(t, "\\{[^}]+\\}", "[0-9a-fA-F-]{36}") + "$", RegexOptions.CultureInvariant)))
            .ToList();

        var queue = new Queue<string>(fixedRoutes.Where(r => !r.StartsWith("/account/", StringComparison.Ordinal) && r != "/error"));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var perTemplate = new Dictionary<string, int>(StringComparer.Ordinal);
        var found = new List<string>();
        var read = 0;
        while (queue.TryDequeue(out var path))
        {
            if (!seen.Add(path))
            {
                continue;
            }

            var response = await client.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                // Pages the role may not open redirect to the denied page (403 there); that is the access tests' subject.
                continue;
            }

            read++;
            var html = await response.Content.ReadAsStringAsync();
            var text = VisibleText(html);
            foreach (var (pattern, what) in Internal)
            {
                foreach (var hit in pattern.Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal))
                {
                    found.Add($"{path}: {what} “{hit}”");
                }
            }

            foreach (var href in Link().Matches(html).Select(m => m.Groups[1].Value))
            {
                var template = withIds.FirstOrDefault(t => t.Match.IsMatch(href)).Template;
                if (template is not null && !seen.Contains(href) && perTemplate.GetValueOrDefault(template) < 2)
                {
                    perTemplate[template] = perTemplate.GetValueOrDefault(template) + 1;
                    queue.Enqueue(href);
                }
            }
        }

        read.ShouldBeGreaterThan(5, "the user can open some pages");
        found.ShouldBeEmpty();
    }

    [Fact]
    public void The_reader_finds_internal_names_in_text_and_ignores_markup()
    {
        // The scan's own reader: what it must catch, and what it must not take for page text.
        var html = """<div title="HighTech.Conversion"><script>var a = {"x":1};</script><p>规则：BothPlansBeforePilotRule</p><span>档内分值待专家评定（HighTech.IpQuality）</span><i>comparable_growth_pct</i></div>""";
        var text = VisibleText(html);
        text.ShouldNotContain("{\"x\"");
        RuleClass().IsMatch(text).ShouldBeTrue();
        DottedKey().Matches(text).Select(m => m.Value).ShouldBe(["HighTech.IpQuality"]);
        SnakeCase().IsMatch(text).ShouldBeTrue();
        RuleClass().IsMatch(VisibleText("<p>规则引擎已就绪</p>")).ShouldBeFalse();
    }

    [Fact]
    public async Task Every_audited_record_type_has_a_display_name_in_both_languages()
    {
        // The audit page names each record by its type; a type without a display name would read "其他记录".
        var app = await apps.GetAsync(Db.Sqlite);
        var types = await app.InScopeAsync(db => Task.FromResult(db.Model.GetEntityTypes()
            .Where(t => !t.IsOwned() && t.ClrType != typeof(Gaoxin.Data.Audit.AuditEvent))
            .Select(t => t.ClrType.Name.Split('`')[0]).Distinct(StringComparer.Ordinal).ToList()));
        var texts = new System.Resources.ResourceManager("Gaoxin.Web.Resources.SharedResource", typeof(Gaoxin.Web.SharedResource).Assembly);
        var missing = new List<string>();
        foreach (var culture in new[] { System.Globalization.CultureInfo.GetCultureInfo("zh-CN"), System.Globalization.CultureInfo.GetCultureInfo("en") })
        {
            var neutral = texts.GetResourceSet(System.Globalization.CultureInfo.InvariantCulture, true, true)!;
            var own = culture.TwoLetterISOLanguageName == "en" ? texts.GetResourceSet(culture, true, false) : neutral;
            missing.AddRange(types.Where(t => own?.GetString("Entity." + t) is null).Select(t => $"{culture.Name}: {t}"));
        }

        types.Count.ShouldBeGreaterThan(50);
        missing.ShouldBeEmpty();
    }

    private static List<string> RouteTemplates(IServiceProvider services)
    {
        var assemblies = services.GetServices<IGaoxinModule>().Select(m => m.PagesAssembly).OfType<Assembly>()
            .Append(typeof(Gaoxin.Web.Hosting.GaoxinWebHost).Assembly).Distinct();
        return [.. assemblies.SelectMany(a => a.GetTypes())
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    private static string VisibleText(string html)
    {
        var body = ScriptOrStyle().Replace(html, " ");
        body = Comment().Replace(body, " ");
        body = Tag().Replace(body, "\n");
        return WebUtility.HtmlDecode(body);
    }

    [GeneratedRegex("\\b[A-Z][A-Za-z]+Rule\\b", RegexOptions.CultureInvariant)]
    private static partial Regex RuleClass();

    [GeneratedRegex("\\b[A-Z][a-z]+(?:[A-Z][a-z]+)*\\.[A-Z][A-Za-z]+\\b", RegexOptions.CultureInvariant)]
    private static partial Regex DottedKey();

    [GeneratedRegex("\\b[a-z]+_[a-z_]+\\b", RegexOptions.CultureInvariant)]
    private static partial Regex SnakeCase();

    [GeneratedRegex("(?s)<(script|style)\\b[^>]*>.*?</\\1>", RegexOptions.CultureInvariant)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex("(?s)<!--.*?-->", RegexOptions.CultureInvariant)]
    private static partial Regex Comment();

    [GeneratedRegex("<[^>]+>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex("href=\"(/[^\"#?]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Link();
}
