using System.Net;
using Gaoxin.Data.Seeding;
using Gaoxin.Kernel.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Gaoxin.Platform.Tests;

public sealed class SignInTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Demo_admin_signs_in_and_the_api_names_them(Db db)
    {
        var app = await apps.GetAsync(db);
        var client = await app.SignedInAsync("admin@zigong.demo");

        var me = await (await client.GetAsync("/api/v1/me")).ReadJsonAsync();
        me.GetProperty("email").GetString().ShouldBe("admin@zigong.demo");
        me.GetProperty("roles")[0].GetString().ShouldBe(Roles.ZoneAdmin);
        me.GetProperty("name").GetString().ShouldBe("管委会管理员");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Wrong_password_and_unknown_user_get_the_same_chinese_message(Db db)
    {
        var app = await apps.GetAsync(db);
        var wrong = await GaoxinApp.SubmitLoginAsync(app.Client(), "viewer@zigong.demo", "not-the-password");
        var unknown = await GaoxinApp.SubmitLoginAsync(app.Client(), "nobody-" + Guid.NewGuid().ToString("N")[..6] + "@zigong.demo", "whatever");

        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        unknown.StatusCode.ShouldBe(HttpStatusCode.OK);
        var wrongMessage = GaoxinApp.LoginError(await wrong.Content.ReadAsStringAsync());
        var unknownMessage = GaoxinApp.LoginError(await unknown.Content.ReadAsStringAsync());
        wrongMessage.ShouldNotBeNull();
        wrongMessage.ShouldContain("邮箱或密码错误");
        unknownMessage.ShouldBe(wrongMessage);
        var cookies = wrong.Headers.TryGetValues("Set-Cookie", out var set) ? set.ToList() : [];
        cookies.ShouldNotContain(c => c.StartsWith(".Gaoxin.Session", StringComparison.Ordinal), "no session for a failed sign-in");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Five_failures_lock_the_account_even_against_the_right_password(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var email = $"lock-{Guid.NewGuid():N}"[..20] + "@zigong.demo";
        (await admin.PostJsonAsync("/api/v1/admin/users", new { email, displayName = "锁定测试", role = Roles.Viewer, password = "Right@Pass1" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        for (var i = 0; i < 4; i++)
        {
            await GaoxinApp.SubmitLoginAsync(app.Client(), email, "Wrong@Pass" + i);
        }

        // Four failures: the right password still works.
        (await GaoxinApp.SubmitLoginAsync(app.Client(), email, "Right@Pass1")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        for (var i = 0; i < 5; i++)
        {
            await GaoxinApp.SubmitLoginAsync(app.Client(), email, "Wrong@Pass" + i);
        }

        var locked = await GaoxinApp.SubmitLoginAsync(app.Client(), email, "Right@Pass1");
        locked.StatusCode.ShouldBe(HttpStatusCode.OK);
        GaoxinApp.LoginError(await locked.Content.ReadAsStringAsync())!.ShouldContain("锁定 15 分钟");
        (await app.InScopeAsync(ctx => ctx.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync())).ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_disabled_user_cannot_sign_in_and_their_tokens_stop_working(Db db)
    {
        var app = await apps.GetAsync(db);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var email = $"off-{Guid.NewGuid():N}"[..20] + "@zigong.demo";
        var created = await (await admin.PostJsonAsync("/api/v1/admin/users", new { email, displayName = "停用测试", role = Roles.Viewer, password = "Right@Pass1" })).ReadJsonAsync();
        var userId = created.GetProperty("id").GetString();

        var user = await app.SignedInAsync(email, "Right@Pass1");
        var secret = (await (await user.PostJsonAsync("/api/v1/me/tokens", new { name = "脚本" })).ReadJsonAsync()).GetProperty("secret").GetString()!;
        var bearer = app.Client();
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        (await bearer.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.PutJsonAsync($"/api/v1/admin/users/{userId}", new { displayName = "停用测试", role = Roles.Viewer, isDisabled = true })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await GaoxinApp.SubmitLoginAsync(app.Client(), email, "Right@Pass1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bearer.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_disabled_users_open_session_ends_once_the_minute_check_is_due(Db db)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = await GaoxinApp.StartAsync(db, services: s => s.AddSingleton<TimeProvider>(clock));
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var email = $"late-{Guid.NewGuid():N}"[..20] + "@zigong.demo";
        var created = await (await admin.PostJsonAsync("/api/v1/admin/users", new { email, displayName = "会话测试", role = Roles.Viewer, password = "Right@Pass1" })).ReadJsonAsync();
        var user = await app.SignedInAsync(email, "Right@Pass1");
        (await user.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PutJsonAsync($"/api/v1/admin/users/{created.GetProperty("id").GetString()}", new { displayName = "会话测试", role = Roles.Viewer, isDisabled = true }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        clock.Advance(TimeSpan.FromSeconds(59));
        // The stamp a session was last checked against is kept for a minute (SessionStamps): no query on every request.
        (await user.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "the stamp is checked once a minute, not on every request");
        clock.Advance(TimeSpan.FromSeconds(2));
        (await user.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await admin.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "a valid session survives its check");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Sign_out_ends_the_session(Db db)
    {
        var app = await apps.GetAsync(db);
        // A user of its own: signing out renews the stamp, which ends every session of that user (tests share the demo's).
        var client = await app.SignedInAsync(await TokenScopeAndSessionTests.NewUserAsync(app), "Right@Pass1");
        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var token = System.Text.RegularExpressions.Regex.Match(home, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        token.ShouldNotBeEmpty("the sign-out form carries an antiforgery token");

        var withoutToken = await client.PostAsync(new Uri("/account/logout", UriKind.Relative), new FormUrlEncodedContent([]));
        withoutToken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var signOut = await client.PostAsync(new Uri("/account/logout", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) }));
        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
