using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Gaoxin.Platform.Tests;

public sealed class TokenTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_token_works_until_revoked_and_only_its_hash_is_stored(Db db)
    {
        var app = await apps.GetAsync(db);
        var user = await app.SignedInAsync("operator@zigong.demo");
        var created = await (await user.PostJsonAsync("/api/v1/me/tokens", new { name = "数据同步脚本", validDays = 30 })).ReadJsonAsync();
        var secret = created.GetProperty("secret").GetString()!;
        var id = created.GetProperty("token").GetProperty("id").GetString()!;
        secret.ShouldStartWith("gx_");

        var stored = await app.InScopeAsync(ctx => Task.FromResult(ctx.AccessTokens.Single(t => t.Id == Guid.Parse(id))));
        stored.TokenHash.ShouldNotBe(secret);
        stored.TokenHash.ShouldNotContain(secret[3..]);
        (await user.GetStringAsync(new Uri("/api/v1/me/tokens", UriKind.Relative))).ShouldNotContain(secret);

        var bearer = app.Client();
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        (await (await bearer.GetAsync("/api/v1/me")).ReadJsonAsync()).GetProperty("email").GetString().ShouldBe("operator@zigong.demo");

        (await user.DeleteAsync(new Uri($"/api/v1/me/tokens/{id}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await bearer.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Forged_and_malformed_tokens_get_401(Db db)
    {
        var app = await apps.GetAsync(db);
        foreach (var forged in new[] { "gx_" + new string('A', 43), "not-a-token", "gx_" + new string('x', 200) })
        {
            var client = app.Client();
            client.DefaultRequestHeaders.Authorization = new("Bearer", forged);
            var response = await client.GetAsync("/api/v1/me");
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, forged);
        }
    }

    [Fact]
    public async Task An_expired_token_gets_401()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, services: s => s.AddSingleton<TimeProvider>(clock));
        var user = await app.SignedInAsync("reviewer@zigong.demo");
        var secret = (await (await user.PostJsonAsync("/api/v1/me/tokens", new { name = "一天", validDays = 1 })).ReadJsonAsync()).GetProperty("secret").GetString()!;
        var bearer = app.Client();
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", secret);

        clock.Advance(TimeSpan.FromHours(23));
        (await bearer.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        clock.Advance(TimeSpan.FromHours(1));
        (await bearer.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
