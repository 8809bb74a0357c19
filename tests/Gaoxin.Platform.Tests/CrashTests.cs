using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Gaoxin.Cli;
using Gaoxin.Composition;
using Gaoxin.Data;
using Gaoxin.Data.Audit;
using Gaoxin.Funding.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Platform.Tests;

/// <summary>
/// Issue #13, the crash suite: the real app (its built Gaoxin.Web.dll) as a child process under write load from several
/// signed-in clients, killed with SIGKILL once enough writes were acknowledged, restarted on the same database. Every
/// write answered 2xx must be there, and both chains (audit trail, fund ledger) must verify, against their anchors too
/// (anchored before the load by `audit anchor`, and by the app's schedule every few seconds during it).
/// </summary>
public sealed class CrashTests
{
    private const int Clients = 4;
    private const int AcknowledgedBeforeKill = 160;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Kill_9_under_write_load_loses_no_acknowledged_write_and_both_chains_verify(Db db)
    {
        TestDatabase.SkipUnlessAvailable(db);
        var web = WebAssembly();
        Assert.SkipWhen(web is null, "Gaoxin.Web.dll is not built next to the tests: crash test skipped.");
        await using var database = await TestDatabase.CreateAsync(db);

        var port = FreePort();
        var organisations = new ConcurrentBag<string>();
        var budgets = new ConcurrentBag<string>();
        var first = StartApp(web!, database, port);
        try
        {
            await WaitHealthyAsync(first, port);
            // An anchor before the load: the chains after the crash must still hold it.
            (await AuditTests.RunCliAsync(ChainTamperTests.ConfigFor(database), "audit", "anchor")).Code.ShouldBe(CliApp.Ok);
            var acknowledged = 0;
            using var kill = new CancellationTokenSource();
            var clients = Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
            {
                using var http = Client(port);
                var response = await GaoxinApp.SubmitLoginAsync(http, "admin@zigong.demo", Gaoxin.Data.Seeding.DemoData.Password);
                response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
                for (var i = 0; !kill.IsCancellationRequested; i++)
                {
                    try
                    {
                        // Half the writes touch the audit trail only, half the fund ledger too (a budget change is a ledger entry).
                        if (i % 2 == 0)
                        {
                            var name = $"崩溃测试{c}-{i}";
                            if ((await http.PostJsonAsync("/api/v1/organisations", new { name, kind = "Investor" })).IsSuccessStatusCode)
                            {
                                organisations.Add(name);
                            }
                        }
                        else
                        {
                            var note = $"crash-{c}-{i}";
                            if ((await http.PutJsonAsync($"/api/v1/funding/years/{2040 + c}/budget", new { amount = 10_000_000m + i, note })).IsSuccessStatusCode)
                            {
                                budgets.Add(note);
                            }
                        }

                        if (Interlocked.Increment(ref acknowledged) == AcknowledgedBeforeKill)
                        {
                            first.Kill(entireProcessTree: true);
                            await kill.CancelAsync();
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return; // the server is gone
                    }
                    catch (TaskCanceledException)
                    {
                        return;
                    }
                }
            })).ToArray();
            await Task.WhenAll(clients);
            await first.WaitForExitAsync();
            first.ExitCode.ShouldNotBe(0, "the app was killed, not stopped");
        }
        finally
        {
            if (!first.HasExited)
            {
                first.Kill(entireProcessTree: true);
            }

            first.Dispose();
        }

        // Restart on the same database: it must come up, keep every acknowledged write, and still write.
        using (var second = StartApp(web!, database, port))
        {
            try
            {
                await WaitHealthyAsync(second, port);
                using var http = Client(port);
                (await GaoxinApp.SubmitLoginAsync(http, "admin@zigong.demo", Gaoxin.Data.Seeding.DemoData.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
                (await http.PostJsonAsync("/api/v1/organisations", new { name = "重启之后的机构", kind = "Investor" })).StatusCode.ShouldBe(HttpStatusCode.Created);
            }
            finally
            {
                second.Kill(entireProcessTree: true);
                await second.WaitForExitAsync();
            }
        }

        await using var ctx = Context(database);
        var storedNames = (await ctx.Organisations.AsNoTracking().Where(o => o.Name.StartsWith("崩溃测试")).Select(o => o.Name).ToListAsync()).ToHashSet();
        var storedNotes = (await ctx.Set<LedgerEntry>().AsNoTracking().Where(e => e.Memo.StartsWith("crash-")).Select(e => e.Memo).ToListAsync()).ToHashSet();
        var lost = organisations.Count(n => !storedNames.Contains(n)) + budgets.Count(n => !storedNotes.Contains(n));
        var config = ChainTamperTests.ConfigFor(database);
        var audit = await AuditTests.RunCliAsync(config, "audit", "verify");
        var ledger = await AuditTests.RunCliAsync(config, "ledger", "verify");
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"crash {db}: acknowledged {organisations.Count + budgets.Count} ({organisations.Count} organisations, {budgets.Count} ledger entries), lost {lost}; {audit.Output.Trim()} {ledger.Output.Trim()}");

        (organisations.Count + budgets.Count).ShouldBeGreaterThanOrEqualTo(AcknowledgedBeforeKill);
        budgets.ShouldNotBeEmpty();
        lost.ShouldBe(0);
        audit.Code.ShouldBe(CliApp.Ok, audit.Error);
        ledger.Code.ShouldBe(CliApp.Ok, ledger.Error);
    }

    /// <summary>The web app's own build output, found from the repository root.</summary>
    internal static string? WebAssembly()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gaoxin.slnx")))
            {
                var dll = Path.Combine(dir.FullName, "src", "Gaoxin.Web", "bin", configuration, "net10.0", "Gaoxin.Web.dll");
                return File.Exists(dll) ? dll : null;
            }
        }

        return null;
    }

    internal static Process StartApp(string web, TestDatabase database, int port, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(web)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(web);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Database__Provider"] = database.Kind == Db.Postgres ? "Postgres" : "Sqlite";
        start.Environment["ConnectionStrings__Gaoxin"] = database.ConnectionString;
        start.Environment["Seed__Demo"] = "true";
        // Anchor every three seconds, so anchors are written under the load and checked after the crash.
        start.Environment["Gaoxin__AnchorMinutes"] = "0.05";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    internal static async Task WaitHealthyAsync(Process app, int port)
    {
        using var http = Client(port);
        for (var attempt = 0; attempt < 240; attempt++)
        {
            app.HasExited.ShouldBeFalse("the app exited while starting");
            try
            {
                if ((await http.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("the app did not become healthy");
    }

    internal static HttpClient Client(int port) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}"),
            Timeout = TimeSpan.FromSeconds(30),
        };

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static GaoxinDbContext Context(TestDatabase database) => database.Kind == Db.Postgres
        ? new PostgresGaoxinDbContext(new DbContextOptionsBuilder<PostgresGaoxinDbContext>().UseNpgsql(database.ConnectionString).Options, GaoxinModules.All, new SystemAuditActor("test"), TimeProvider.System)
        : new SqliteGaoxinDbContext(new DbContextOptionsBuilder<SqliteGaoxinDbContext>().UseSqlite(database.ConnectionString).Options, GaoxinModules.All, new SystemAuditActor("test"), TimeProvider.System);
}
