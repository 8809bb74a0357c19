using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Gaoxin.Composition;
using Gaoxin.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Testing;

/// <summary>The real web app on a real database, reached over HTTP (in-memory, or Kestrel on 127.0.0.1 for browsers).</summary>
public sealed partial class GaoxinApp : IAsyncDisposable
{
    /// <summary>The scrape token every test app is started with (Gaoxin:Metrics:Token): TestServer's callers have no address, so they are not local.</summary>
    public const string MetricsToken = "test-scrape-token";

    private readonly Factory _factory;
    private readonly bool _ownsDatabase;

    private GaoxinApp(TestDatabase database, Factory factory, bool ownsDatabase = true)
    {
        Database = database;
        _factory = factory;
        _ownsDatabase = ownsDatabase;
    }

    public TestDatabase Database { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>Base address when started on Kestrel.</summary>
    public Uri? ServerAddress { get; private set; }

    /// <param name="settings">Configuration for this app alone (e.g. Database:MigrateAtStart), applied after the tests' defaults.</param>
    public static async Task<GaoxinApp> StartAsync(Db kind, bool seedDemo = true, bool kestrel = false, Action<IServiceCollection>? services = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = await TestDatabase.CreateAsync(kind);
        return Start(new GaoxinApp(database, new Factory(database, seedDemo, services, settings)), kestrel);
    }

    /// <summary>A second app instance on a database another app owns (and disposes): two servers of one deployment.</summary>
    public static GaoxinApp StartOn(TestDatabase database, Action<IServiceCollection>? services = null, IReadOnlyDictionary<string, string?>? settings = null) =>
        Start(new GaoxinApp(database, new Factory(database, seedDemo: false, services, settings), ownsDatabase: false), kestrel: false);

    private static GaoxinApp Start(GaoxinApp app, bool kestrel)
    {
        var factory = app._factory;
        if (kestrel)
        {
            factory.UseKestrel(0);
            factory.StartServer();
            var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            app.ServerAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        }
        else
        {
            _ = factory.Server;
        }

        return app;
    }

    public HttpClient Client(bool handleCookies = true) => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = handleCookies });

    /// <summary>GET /metrics with the test scrape token: the Prometheus text.</summary>
    public async Task<string> ScrapeAsync()
    {
        using var client = Client(handleCookies: false);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", MetricsToken);
        var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Signs in through the real sign-in form (antiforgery token included) and returns the cookie-holding client.</summary>
    public async Task<HttpClient> SignedInAsync(string email, string password = Gaoxin.Data.Seeding.DemoData.Password)
    {
        var client = Client();
        var response = await SubmitLoginAsync(client, email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode} {LoginError(await response.Content.ReadAsStringAsync())}");
        }

        return client;
    }

    /// <summary>Posts the sign-in form; returns the raw response (302 on success, 200 with an error message on failure).</summary>
    public static async Task<HttpResponseMessage> SubmitLoginAsync(HttpClient client, string email, string password)
    {
        var page = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return await client.PostAsync(new Uri("/account/login", UriKind.Relative), form);
    }

    /// <summary>The error the sign-in page shows, or null.</summary>
    public static string? LoginError(string html)
    {
        var m = LoginErrorBlock().Match(html);
        return m.Success ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;
    }

    public async Task<T> InScopeAsync<T>(Func<GaoxinDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<GaoxinDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (_ownsDatabase)
        {
            await Database.DisposeAsync();
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("id=\"login-error\"[^>]*>([^<]*)<")]
    private static partial Regex LoginErrorBlock();

    private sealed class Factory(TestDatabase database, bool seedDemo, Action<IServiceCollection>? services, IReadOnlyDictionary<string, string?>? settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:Provider", database.Kind == Db.Postgres ? "Postgres" : "Sqlite");
            builder.UseSetting("ConnectionStrings:Gaoxin", database.ConnectionString);
            builder.UseSetting("Seed:Demo", seedDemo ? "true" : "false");
            // The daily due-reminder sweep writes for every enterprise; a test that wants it calls it (see NoticeApps).
            builder.UseSetting("Notices:DueSweep", "false");
            // Likewise the market's match notices, sent from a queue after a listing's save; MatchNoticeTests tells directly.
            builder.UseSetting("Scenes:Matching:Notify", "false");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
            // Tests provoke constraint violations on purpose; the API's answer is what they check, not EF's log.
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "None");
            builder.UseSetting("Gaoxin:Metrics:Token", MetricsToken);
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(key, value);
            }

            if (services is not null)
            {
                builder.ConfigureTestServices(services);
            }
        }
    }
}

public static class HttpJson
{
    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient client, string url, T body) =>
        client.PostAsJsonAsync(new Uri(url, UriKind.Relative), body);

    public static Task<HttpResponseMessage> PutJsonAsync<T>(this HttpClient client, string url, T body) =>
        client.PutAsJsonAsync(new Uri(url, UriKind.Relative), body);

    public static Task<HttpResponseMessage> GetAsync(this HttpClient client, string url) =>
        client.GetAsync(new Uri(url, UriKind.Relative));
}
