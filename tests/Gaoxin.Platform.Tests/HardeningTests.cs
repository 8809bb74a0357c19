using System.Net;
using System.Text.RegularExpressions;
using Gaoxin.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Platform.Tests;

/// <summary>Issue #13 item 8: a per-address throttle on failed sign-ins and tokens, Origin on cookie writes, a real CSP, forwarded headers.</summary>
public sealed partial class HardeningTests(SharedApps apps)
{
    private const string Peer = "X-Test-Peer";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_address_that_keeps_failing_to_sign_in_gets_a_chinese_429_while_others_sign_in(Db db)
    {
        TestDatabase.SkipUnlessAvailable(db);
        await using var app = await StartWithPeersAsync(db, failures: 5);
        var attacker = Client(app, "198.51.100.7");
        for (var i = 0; i < 5; i++)
        {
            var guess = await GaoxinApp.SubmitLoginAsync(attacker, $"nobody{i}@zigong.demo", "whatever");
            guess.StatusCode.ShouldBe(HttpStatusCode.OK, "a failure is answered on the page");
        }

        var refused = await GaoxinApp.SubmitLoginAsync(attacker, "viewer@zigong.demo", Gaoxin.Data.Seeding.DemoData.Password);
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, "refused before the password is checked, even the right one");
        GaoxinApp.LoginError(await refused.Content.ReadAsStringAsync())!.ShouldContain("登录失败次数过多");

        (await GaoxinApp.SubmitLoginAsync(Client(app, "198.51.100.8"), "viewer@zigong.demo", Gaoxin.Data.Seeding.DemoData.Password))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect, "another address is not slowed");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_address_that_keeps_sending_bad_tokens_gets_a_chinese_429_problem(Db db)
    {
        TestDatabase.SkipUnlessAvailable(db);
        await using var app = await StartWithPeersAsync(db, failures: 5);
        var owner = await app.SignedInAsync("viewer@zigong.demo");
        var secret = (await (await owner.PostJsonAsync("/api/v1/me/tokens", new { name = "节流" })).ReadJsonAsync()).GetProperty("secret").GetString()!;

        var guesser = Client(app, "198.51.100.7");
        for (var i = 0; i < 5; i++)
        {
            guesser.DefaultRequestHeaders.Authorization = new("Bearer", "gx_" + Guid.NewGuid().ToString("N"));
            (await guesser.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        guesser.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        var refused = await guesser.GetAsync("/api/v1/me");
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await refused.ReadJsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("请求过于频繁");
        problem.GetProperty("detail").GetString()!.ShouldContain("令牌验证失败次数过多");

        var other = Client(app, "198.51.100.8");
        other.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        (await other.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_cookie_write_from_another_origin_is_refused_and_same_origin_and_tokens_pass(Db db)
    {
        var app = await apps.GetAsync(db);
        var operatorUser = await app.SignedInAsync("operator@zigong.demo");
        const string url = "/api/v1/enterprises/evaluations/refresh";

        var forged = await Send(operatorUser, url, ("Origin", "https://evil.example"));
        forged.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await forged.ReadJsonAsync()).GetProperty("detail").GetString()!.ShouldContain("其他网站");
        (await Send(operatorUser, url, ("Origin", "null"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Send(operatorUser, url, ("Referer", "https://evil.example/page"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Send(operatorUser, url, ("Sec-Fetch-Site", "cross-site"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await Send(operatorUser, url, ("Origin", "http://localhost"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Send(operatorUser, url, ("Referer", "http://localhost/enterprises"))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var secret = (await (await operatorUser.PostJsonAsync("/api/v1/me/tokens", new { name = "跨站", scopes = new[] { "enterprises:write" } })).ReadJsonAsync()).GetProperty("secret").GetString()!;
        var bearer = app.Client();
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        (await Send(bearer, url, ("Origin", "https://evil.example"))).StatusCode.ShouldBe(HttpStatusCode.OK, "a token is never sent by a browser on its own");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Pages_carry_a_content_security_policy_without_inline_scripts(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        foreach (var (client, path) in new[] { (app.Client(), "/account/login"), (admin, "/"), (admin, "/organisations") })
        {
            var response = await client.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            var directives = policy.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d);
            directives["script-src"].ShouldBe("script-src 'self'", path);
            directives["default-src"].ShouldBe("default-src 'self'", path);
            directives["frame-ancestors"].ShouldBe("frame-ancestors 'none'", path);
            directives["object-src"].ShouldBe("object-src 'none'", path);
            var html = await response.Content.ReadAsStringAsync();
            InlineScript().Matches(html).ShouldBeEmpty($"{path} has an inline script the policy would block");
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Forwarded_https_from_a_trusted_proxy_makes_the_session_cookie_secure_and_is_ignored_from_others(Db db)
    {
        TestDatabase.SkipUnlessAvailable(db);
        await using var app = await StartWithPeersAsync(db, failures: 100);

        var behindProxy = Client(app, "127.0.0.1");
        behindProxy.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        behindProxy.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.50");
        var signIn = await GaoxinApp.SubmitLoginAsync(behindProxy, "viewer@zigong.demo", Gaoxin.Data.Seeding.DemoData.Password);
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        SessionCookie(signIn).ShouldContain("secure", Case.Insensitive);

        var spoofer = Client(app, "203.0.113.9");
        spoofer.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var direct = await GaoxinApp.SubmitLoginAsync(spoofer, "viewer@zigong.demo", Gaoxin.Data.Seeding.DemoData.Password);
        direct.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        SessionCookie(direct).ShouldNotContain("secure", Case.Insensitive);
    }

    [Fact]
    public async Task Only_the_named_proxies_are_believed_once_proxies_are_named()
    {
        await using var app = await StartWithPeersAsync(Db.Sqlite, failures: 100, proxies: "10.1.2.3");
        var loopback = Client(app, "127.0.0.1");
        loopback.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        SessionCookie(await GaoxinApp.SubmitLoginAsync(loopback, "viewer@zigong.demo", Gaoxin.Data.Seeding.DemoData.Password)).ShouldNotContain("secure", Case.Insensitive);

        var proxy = Client(app, "10.1.2.3");
        proxy.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        SessionCookie(await GaoxinApp.SubmitLoginAsync(proxy, "viewer@zigong.demo", Gaoxin.Data.Seeding.DemoData.Password)).ShouldContain("secure", Case.Insensitive);
    }

    private static string SessionCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Gaoxin.Session", StringComparison.Ordinal));

    private static async Task<HttpResponseMessage> Send(HttpClient client, string url, (string Name, string Value) header)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" }),
        };
        request.Headers.TryAddWithoutValidation(header.Name, header.Value);
        return await client.SendAsync(request);
    }

    private static HttpClient Client(GaoxinApp app, string peer)
    {
        var client = app.Client();
        client.DefaultRequestHeaders.Add(Peer, peer);
        return client;
    }

    /// <summary>An app whose requests come from the address in X-Test-Peer (the test server has no socket to take it from).</summary>
    private static Task<GaoxinApp> StartWithPeersAsync(Db db, int failures, string? proxies = null) =>
        GaoxinApp.StartAsync(db, services: s =>
        {
            s.AddSingleton<IStartupFilter>(new PeerFromHeader());
            s.Configure<SignInThrottleOptions>(o => o.FailuresPerWindow = failures);
            if (proxies is not null)
            {
                s.Configure<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>(o =>
                {
                    o.KnownProxies.Clear();
                    o.KnownIPNetworks.Clear();
                    o.KnownProxies.Add(IPAddress.Parse(proxies));
                });
            }
        });

    private sealed class PeerFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, Func<Task> rest) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[Peer].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return rest();
            });
            next(app);
        };
    }

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
