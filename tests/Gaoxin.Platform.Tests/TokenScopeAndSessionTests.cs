using System.Net;
using System.Text.RegularExpressions;
using Gaoxin.Kernel.Access;

namespace Gaoxin.Platform.Tests;

/// <summary>Issue #13 item 7: tokens act only within their scopes, never mint tokens, and a signed-out session stays ended.</summary>
public sealed partial class TokenScopeAndSessionTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_token_reads_and_writes_only_the_modules_it_was_given(Db db)
    {
        var app = await apps.GetAsync(db);
        var operatorUser = await app.SignedInAsync("operator@zigong.demo");
        var bearer = await TokenAsync(app, operatorUser, ["enterprises:read"]);

        (await bearer.GetAsync("/api/v1/enterprises/transformation-rate")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var write = await bearer.PostAsync(new Uri("/api/v1/enterprises/evaluations/refresh", UriKind.Relative), null);
        write.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await write.ReadJsonAsync()).GetProperty("detail").GetString()!.ShouldContain("enterprises:write");
        (await bearer.GetAsync("/api/v1/funding/dashboard")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await bearer.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "the platform's own API is a scope of its own");

        var writer = await TokenAsync(app, operatorUser, ["enterprises:write", "platform:read"]);
        (await writer.PostAsync(new Uri("/api/v1/enterprises/evaluations/refresh", UriKind.Relative), null)).StatusCode.ShouldNotBe(HttpStatusCode.Forbidden);
        (await writer.GetAsync("/api/v1/enterprises/transformation-rate")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "write does not imply read");
        (await writer.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_token_without_named_scopes_only_reads_and_unknown_scopes_are_refused(Db db)
    {
        var app = await apps.GetAsync(db);
        var user = await app.SignedInAsync("operator@zigong.demo");
        var created = await (await user.PostJsonAsync("/api/v1/me/tokens", new { name = "只读" })).ReadJsonAsync();
        created.GetProperty("token").GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!).ShouldAllBe(s => s.EndsWith(":read"));
        var bearer = Bearer(app, created.GetProperty("secret").GetString()!);
        (await bearer.GetAsync("/api/v1/enterprises/transformation-rate")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bearer.PostAsync(new Uri("/api/v1/enterprises/evaluations/refresh", UriKind.Relative), null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var unknown = await user.PostJsonAsync("/api/v1/me/tokens", new { name = "乱写", scopes = new[] { "everything:write" } });
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.ReadJsonAsync()).GetProperty("detail").GetString()!.ShouldContain("everything:write");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_token_cannot_create_tokens_even_with_every_scope(Db db)
    {
        var app = await apps.GetAsync(db);
        var user = await app.SignedInAsync("operator@zigong.demo");
        var all = new[] { "platform", "enterprises", "tech-transfer", "industry", "indicators", "funding" }.SelectMany(a => new[] { a + ":read", a + ":write" }).ToArray();
        var bearer = await TokenAsync(app, user, all);
        var name = "子令牌-" + Guid.NewGuid().ToString("N")[..8];

        var minted = await bearer.PostJsonAsync("/api/v1/me/tokens", new { name, validDays = 365, scopes = all });

        minted.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await minted.ReadJsonAsync()).GetProperty("detail").GetString()!.ShouldContain("令牌");
        (await app.InScopeAsync(ctx => Task.FromResult(ctx.AccessTokens.Any(t => t.Name == name)))).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_session_cookie_replayed_after_sign_out_is_refused(Db db)
    {
        var app = await apps.GetAsync(db);
        var email = await NewUserAsync(app);
        var client = app.Client();
        var signIn = await GaoxinApp.SubmitLoginAsync(client, email, "Right@Pass1");
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var session = string.Join("; ", signIn.Headers.GetValues("Set-Cookie")
            .Where(c => c.StartsWith(".Gaoxin.Session", StringComparison.Ordinal)).Select(c => c.Split(';')[0]));
        session.ShouldNotBeEmpty();
        (await Replay(app, session)).StatusCode.ShouldBe(HttpStatusCode.OK, "the captured cookie works while signed in");

        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var antiforgery = WebUtility.HtmlDecode(AntiforgeryField().Match(home).Groups[1].Value);
        var signOut = await client.PostAsync(new Uri("/account/logout", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery }));
        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await Replay(app, session)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var page = await ReplayPage(app, session);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/account/login");
        (await app.SignedInAsync(email, "Right@Pass1").ContinueWith(t => t.Result.GetAsync("/api/v1/me"), TaskScheduler.Default).Unwrap())
            .StatusCode.ShouldBe(HttpStatusCode.OK, "signing in again works");
    }

    private static async Task<HttpResponseMessage> Replay(GaoxinApp app, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        request.Headers.Add("Cookie", cookie);
        return await app.Client().SendAsync(request);
    }

    private static async Task<HttpResponseMessage> ReplayPage(GaoxinApp app, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/organisations");
        request.Headers.Add("Cookie", cookie);
        return await app.Client().SendAsync(request);
    }

    internal static async Task<string> NewUserAsync(GaoxinApp app, string role = Roles.Viewer)
    {
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var email = $"s-{Guid.NewGuid():N}"[..18] + "@zigong.demo";
        var created = await admin.PostJsonAsync("/api/v1/admin/users", new { email, displayName = "会话测试", role, password = "Right@Pass1" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        return email;
    }

    private static async Task<HttpClient> TokenAsync(GaoxinApp app, HttpClient user, string[] scopes)
    {
        var response = await user.PostJsonAsync("/api/v1/me/tokens", new { name = "范围测试", validDays = 30, scopes });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return Bearer(app, (await response.ReadJsonAsync()).GetProperty("secret").GetString()!);
    }

    private static HttpClient Bearer(GaoxinApp app, string secret)
    {
        var client = app.Client();
        client.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
