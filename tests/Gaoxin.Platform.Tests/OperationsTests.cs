using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Gaoxin.Data.Platform;
using Gaoxin.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Gaoxin.Platform.Tests;

/// <summary>Issue #21: readiness, the scrape endpoint and who may read it, the request's log scope, the key ring in the database.</summary>
public sealed class OperationsTests
{
    private static readonly string[] ReadyChecks = ["database", "migrations", "fonts", "disk"];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_migrated_app_is_ready_and_says_so_per_check(Db db)
    {
        await using var app = await GaoxinApp.StartAsync(db, seedDemo: false);
        var response = await app.Client().GetAsync("/readyz");
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        var checks = Checks(body);
        checks.Keys.Order().ShouldBe(ReadyChecks.Order());
        checks.Values.ShouldAllBe(c => c.GetProperty("status").GetString() == "Healthy");
        (await app.Client().GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_app_started_without_migrating_is_live_but_not_ready_and_names_each_pending_migration(Db db)
    {
        await using var app = await GaoxinApp.StartAsync(db, seedDemo: false, settings: new Dictionary<string, string?> { ["Database:MigrateAtStart"] = "false" });
        var response = await app.Client().GetAsync("/readyz");
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, body);
        var checks = Checks(body);
        checks["database"].GetProperty("status").GetString().ShouldBe("Healthy");
        var migrations = checks["migrations"];
        migrations.GetProperty("status").GetString().ShouldBe("Unhealthy");
        migrations.GetProperty("description").GetString()!.ShouldContain("gaoxin migrate");
        var pending = migrations.GetProperty("data");
        pending.GetProperty("platform").EnumerateArray().Select(m => m.GetString()).ShouldContain(m => m!.EndsWith("_PlatformInitial", StringComparison.Ordinal));
        pending.GetProperty("funding").GetArrayLength().ShouldBeGreaterThan(0);
        pending.GetProperty(KeyRingContext.Name).EnumerateArray().Select(m => m.GetString()).ShouldContain(m => m!.EndsWith("_KeyRingInitial", StringComparison.Ordinal));
        (await app.Client().GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Too_little_free_disk_under_the_data_makes_the_app_not_ready()
    {
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, seedDemo: false, settings: new Dictionary<string, string?> { [Readiness.MinFreeDiskSetting] = "1000000000" });
        var response = await app.Client().GetAsync("/readyz");
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, body);
        var disk = Checks(body)["disk"];
        disk.GetProperty("status").GetString().ShouldBe("Unhealthy");
        disk.GetProperty("description").GetString()!.ShouldContain("低于下限");
        disk.GetProperty("data").GetProperty("folder").GetString().ShouldBe(Path.GetDirectoryName(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(app.Database.ConnectionString).DataSource));
    }

    /// <summary>The decision alone: loopback (v4, v6, v4-mapped) or the configured token; else 404 without a token, 401 with one.</summary>
    [Fact]
    public void Metrics_are_for_this_machine_or_a_scraper_with_the_token()
    {
        const string Token = "s3cret-token";
        var outsider = IPAddress.Parse("203.0.113.7");
        MetricsAccess.Decide(IPAddress.Loopback, null, null).ShouldBe(MetricsAccess.Decision.Allow);
        MetricsAccess.Decide(IPAddress.IPv6Loopback, null, Token).ShouldBe(MetricsAccess.Decision.Allow);
        MetricsAccess.Decide(IPAddress.Parse("127.0.0.1").MapToIPv6(), null, null).ShouldBe(MetricsAccess.Decision.Allow);
        MetricsAccess.Decide(IPAddress.Parse("127.8.9.10"), null, null).ShouldBe(MetricsAccess.Decision.Allow);

        MetricsAccess.Decide(outsider, null, null).ShouldBe(MetricsAccess.Decision.NotFound);
        MetricsAccess.Decide(null, null, "").ShouldBe(MetricsAccess.Decision.NotFound);
        MetricsAccess.Decide(outsider, "Bearer " + Token, null).ShouldBe(MetricsAccess.Decision.NotFound); // no token configured: none accepted
        MetricsAccess.Decide(outsider, null, Token).ShouldBe(MetricsAccess.Decision.Unauthorized);
        MetricsAccess.Decide(outsider, "Bearer " + Token + "x", Token).ShouldBe(MetricsAccess.Decision.Unauthorized);
        MetricsAccess.Decide(outsider, "Basic " + Token, Token).ShouldBe(MetricsAccess.Decision.Unauthorized);
        MetricsAccess.Decide(outsider, "Bearer " + Token, Token).ShouldBe(MetricsAccess.Decision.Allow);
        MetricsAccess.Decide(outsider, "bearer " + Token, Token).ShouldBe(MetricsAccess.Decision.Allow);
    }

    /// <summary>Over HTTP, from an outside address: 404 when no token is configured, 401 without the right one, the scrape with it.</summary>
    [Fact]
    public async Task A_scrape_from_outside_is_refused_without_the_token()
    {
        var outside = (Action<IServiceCollection>)(s => s.AddSingleton<IStartupFilter>(new OutsidePeer()));
        await using (var open = await GaoxinApp.StartAsync(Db.Sqlite, seedDemo: false, services: outside, settings: new Dictionary<string, string?> { [Observability.TokenSetting] = "" }))
        {
            (await open.Client().GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        await using var app = await GaoxinApp.StartAsync(Db.Sqlite, seedDemo: false, services: outside);
        using var client = app.Client(handleCookies: false);
        (await client.GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "wrong");
        (await client.GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", GaoxinApp.MetricsToken);
        var scrape = await client.GetAsync("/metrics");
        scrape.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await scrape.Content.ReadAsStringAsync()).ShouldContain("http_server_request_duration_seconds");
    }

    /// <summary>A refusal becomes one problem, one count (kind and rule) on the scrape, and one log line carrying the trace id and the acting user.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_refusal_is_counted_and_logged_with_the_trace_id_and_the_acting_user_but_no_personal_data(Db db)
    {
        var lines = new RecordingLoggerProvider();
        await using var app = await GaoxinApp.StartAsync(db, services: s => s.AddSingleton<ILoggerProvider>(lines),
            settings: new Dictionary<string, string?> { ["Logging:LogLevel:Gaoxin.Web.Hosting.ProblemExceptionHandler"] = "Information" });
        var admin = await app.SignedInAsync("admin@zigong.demo");
        var me = await (await admin.GetAsync("/api/v1/me")).ReadJsonAsync();
        var before = PrometheusText.Sum(await app.ScrapeAsync(), "gaoxin_refusals_total", "kind=\"NotFound\"", "rule=\"none\"");

        var refused = await admin.GetAsync($"/api/v1/organisations/{Guid.NewGuid()}");
        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var traceId = (await refused.ReadJsonAsync()).GetProperty("traceId").GetString()!;

        PrometheusText.Sum(await app.ScrapeAsync(), "gaoxin_refusals_total", "kind=\"NotFound\"", "rule=\"none\"").ShouldBeGreaterThanOrEqualTo(before + 1);
        var line = lines.Lines.Single(l => l.Message.StartsWith("Refused (NotFound", StringComparison.Ordinal) && l.Scope.GetValueOrDefault("TraceId") == traceId);
        traceId.ShouldMatch("^[0-9a-f]{32}$");
        line.Scope["UserId"].ShouldBe(me.GetProperty("id").GetString());
        line.Scope["UserRole"].ShouldBe("ZoneAdmin");
        string.Join(" ", line.Scope.Values).ShouldNotContain("admin@zigong.demo");
        line.Message.ShouldNotContain("admin@zigong.demo");
    }

    /// <summary>Production's settings turn the console's JSON lines on, with scopes (so the trace id and user reach each line).</summary>
    [Fact]
    public void Production_settings_write_json_log_lines_with_scopes()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "Gaoxin.slnx")))
        {
            root = root.Parent!;
        }

        var web = Path.Combine(root.FullName, "src", "Gaoxin.Web", "appsettings.Production.json");
        var configuration = new ConfigurationBuilder().AddJsonFile(web).Build();
        var console = configuration.GetSection("Logging:Console").Get<ConsoleLoggerOptions>()!;
        console.FormatterName.ShouldBe(ConsoleFormatterNames.Json);
        configuration.GetValue<bool>("Logging:Console:FormatterOptions:IncludeScopes").ShouldBeTrue();
    }

    /// <summary>
    /// Two app servers on one database: the sign-in cookie issued by one is honoured by the other, because the key ring is
    /// in that database; an app on another database cannot read what the first protected (the keys are not on this machine).
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_sign_in_cookie_from_one_app_server_is_accepted_by_another_on_the_same_database(Db db)
    {
        await using var first = await GaoxinApp.StartAsync(db);
        var cookie = await SignInCookieAsync(first, "viewer@zigong.demo");

        await using var second = GaoxinApp.StartOn(first.Database);
        using var client = second.Client(handleCookies: false);
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        var me = await client.GetAsync("/api/v1/me");
        me.StatusCode.ShouldBe(HttpStatusCode.OK, await me.Content.ReadAsStringAsync());
        (await me.ReadJsonAsync()).GetProperty("email").GetString().ShouldBe("viewer@zigong.demo");

        var keys = await first.InScopeAsync(async ctx =>
        {
            await using var ring = KeyRingContext.On(ctx.IsPostgres, ctx.Database.GetDbConnection());
            return await ring.DataProtectionKeys.CountAsync(TestContext.Current.CancellationToken);
        });
        keys.ShouldBeGreaterThan(0);

        var payload = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("在另一台服务器上也能读");
        second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(payload).ShouldBe("在另一台服务器上也能读");
        await using var elsewhere = await GaoxinApp.StartAsync(db, seedDemo: false);
        Should.Throw<CryptographicException>(() => elsewhere.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(payload));
    }

    private static async Task<string> SignInCookieAsync(GaoxinApp app, string email)
    {
        using var client = app.Client();
        var response = await GaoxinApp.SubmitLoginAsync(client, email, Gaoxin.Data.Seeding.DemoData.Password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookies = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Where(c => c.Contains("Identity", StringComparison.Ordinal) || c.Contains("Gaoxin", StringComparison.Ordinal)).ToList();
        cookies.ShouldNotBeEmpty();
        return string.Join("; ", cookies);
    }

    private static Dictionary<string, JsonElement> Checks(string body) =>
        JsonDocument.Parse(body).RootElement.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.Clone());

    /// <summary>Every request arrives from an address outside the machine, as behind a proxy that vouched for it.</summary>
    private sealed class OutsidePeer : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, Func<Task> rest) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.7");
                return rest();
            });
            next(app);
        };
    }

    /// <summary>A logger provider that keeps each line with the scope values in force when it was written, as a real sink sees them.</summary>
    private sealed class RecordingLoggerProvider : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        public ConcurrentQueue<(string Category, string Message, Dictionary<string, string?> Scope)> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Recorder(RecordingLoggerProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var scope = new Dictionary<string, string?>();
                owner._scopes.ForEachScope((value, into) =>
                {
                    if (value is IEnumerable<KeyValuePair<string, object?>> pairs)
                    {
                        foreach (var (key, v) in pairs)
                        {
                            into[key] = v?.ToString();
                        }
                    }
                }, scope);
                owner.Lines.Enqueue((category, formatter(state, exception), scope));
            }
        }
    }
}

/// <summary>
/// Issue #21, faults: PostgreSQL stops taking this database's connections and ends the app's sessions (as a server
/// restart or a failover does). Meanwhile the API answers 503 with a Chinese problem, never 500; once the database
/// takes connections again the app serves again by itself: nothing is restarted or cleared.
/// </summary>
public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task While_the_database_is_away_requests_answer_503_in_chinese_and_the_app_recovers_by_itself()
    {
        await using var app = await GaoxinApp.StartAsync(Db.Postgres);
        var admin = await app.SignedInAsync("admin@zigong.demo");
        (await admin.GetAsync("/api/v1/organisations")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var name = new Npgsql.NpgsqlConnectionStringBuilder(app.Database.ConnectionString).Database!;

        await ServerAsync($"ALTER DATABASE {name} ALLOW_CONNECTIONS false; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid();");
        try
        {
            foreach (var path in new[] { "/api/v1/organisations", "/api/v1/organisations", "/api/v1/funding/applications" })
            {
                var away = await admin.GetAsync(path);
                var body = await away.Content.ReadAsStringAsync();
                away.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, body);
                away.Headers.RetryAfter.ShouldNotBeNull();
                var problem = JsonDocument.Parse(body).RootElement;
                problem.GetProperty("title").GetString().ShouldBe("服务暂不可用");
                problem.GetProperty("detail").GetString()!.ShouldContain("数据库暂时无法访问");
            }
        }
        finally
        {
            await ServerAsync($"ALTER DATABASE {name} ALLOW_CONNECTIONS true;");
        }

        // Back: connections that broke while it was away are dropped as they are met (at most the pool's size), each a 503.
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 64 && answers.LastOrDefault() != HttpStatusCode.OK; i++)
        {
            answers.Add((await admin.GetAsync("/api/v1/organisations")).StatusCode);
        }

        answers.Last().ShouldBe(HttpStatusCode.OK, string.Join(", ", answers));
        answers.ShouldAllBe(s => s == HttpStatusCode.OK || s == HttpStatusCode.ServiceUnavailable);
        var created = await admin.PostJsonAsync("/api/v1/organisations", new { name = "恢复后新建机构 " + Guid.NewGuid().ToString("N")[..6], kind = "Enterprise" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
    }

    private static async Task ServerAsync(string sql)
    {
        TestDatabase.SkipUnlessAvailable(Db.Postgres);
        await using var connection = new Npgsql.NpgsqlConnection(TestDatabase.PostgresServer);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
