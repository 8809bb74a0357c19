using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;

namespace Gaoxin.Bench;

/// <summary>
/// Pilot-base bookings at scale on PostgreSQL:
/// <code>GAOXIN_BENCH_PG=... dotnet run -c Release --project bench/Gaoxin.Bench -- pilot-bookings [--smoke] [--requests 300]</code>
/// Starts the real web host (Release build of src/Gaoxin.Web, demo seed) on a fresh database, COPY-loads 2,000 resources and
/// 1,000,000 holding bookings (--smoke: 20 and 2,000) into the demo zone, ANALYZEs, then per request alternates
/// <b>api</b> (POST /api/v1/pilot-base/bookings as the operator: rules, the exclusion constraint, the audit trail) with
/// <b>floor</b> (the same row INSERTed by hand over Npgsql against the same exclusion constraint, no app code), and times
/// <b>calendar</b> (GET a resource's month). Writes bench/results/pilot-bookings[-smoke].md with p50/p95 and the ratio.
/// </summary>
public static partial class PilotBookingsBench
{
    private const string Database = "gaoxin_bench_bookings";

    /// <summary>The loaded bookings start here, 8 hours apart per resource, 4 hours long; new ones go after them.</summary>
    private static readonly DateTimeOffset LoadStart = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(string[] args)
    {
        var cs = Environment.GetEnvironmentVariable("GAOXIN_BENCH_PG");
        if (string.IsNullOrWhiteSpace(cs))
        {
            await Console.Error.WriteLineAsync("GAOXIN_BENCH_PG is not set (a PostgreSQL connection string whose role may CREATE DATABASE).");
            return 2;
        }

        var smoke = args.Contains("--smoke");
        var resources = smoke ? 20 : 2_000;
        var perResource = smoke ? 100 : 500;
        var requests = BenchKit.Arg(args, "--requests", smoke ? 30 : 300);
        var web = args.SkipWhile(a => a != "--web").Skip(1).FirstOrDefault() ?? Path.Combine("src", "Gaoxin.Web", "bin", "Release", "net10.0", "Gaoxin.Web.dll");
        var appDb = new NpgsqlConnectionStringBuilder(cs) { Database = Database }.ToString();
        await RecreateAsync(cs);

        const string url = "http://127.0.0.1:5391";
        if (!File.Exists(web))
        {
            await Console.Error.WriteLineAsync($"{web} not found: build it first (dotnet build -c Release src/Gaoxin.Web).");
            return 2;
        }

        using var host = StartWeb(web, url, appDb);
        try
        {
            var op = await SignInAsync(url, "operator@zigong.demo");
            var clock = Stopwatch.StartNew();
            var ids = await LoadAsync(appDb, resources, perResource);
            var loadSeconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"loaded {resources:N0} resources, {resources * perResource:N0} bookings in {loadSeconds:0.0} s");

            await using var floor = new NpgsqlConnection(appDb);
            await floor.OpenAsync();
            var zone = await BenchKit.ScalarAsync<Guid>(floor, "SELECT \"ZoneId\" FROM pilot_base_resources WHERE \"Code\" = 'A-PL-01'");
            await using var insert = new NpgsqlCommand(
                "INSERT INTO pilot_base_bookings (\"Id\",\"ZoneId\",\"ResourceId\",\"Kind\",\"Status\",\"HoldsSlot\",\"StartsAt\",\"EndsAt\",\"Customer\",\"CustomerName\",\"Purpose\",\"Price\",\"RequestedBy\",\"CreatedAt\",\"Version\",\"CancelledLate\") " +
                "VALUES ($1,$2,$3,'Booking','Pending',true,$4,$5,'External',$6,$7,$8,$9,now(),0,false)", floor);
            foreach (var t in new[] { NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.TimestampTz, NpgsqlDbType.TimestampTz, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Numeric, NpgsqlDbType.Varchar })
            {
                insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = t });
            }

            await insert.PrepareAsync();
            var after = LoadStart.AddHours(8 * perResource);
            var api = new List<double>();
            var floorMs = new List<double>();
            var calendar = new List<double>();
            var conflicts = 0;
            var random = new Random(15);
            // Warm-up (unmeasured): JIT, pools, plans.
            for (var i = -10; i < requests; i++)
            {
                var slot = after.AddHours(4 * (i + 10));
                var apiResource = ids[random.Next(ids.Count)];
                var floorResource = ids[random.Next(ids.Count)];

                var sw = Stopwatch.StartNew();
                using var response = await op.PostAsJsonAsync("/api/v1/pilot-base/bookings",
                    new { resourceId = apiResource, startsAt = slot, endsAt = slot.AddHours(2), purpose = "基准测试", customerName = "基准客户" });
                var apiElapsed = sw.Elapsed.TotalMilliseconds;
                if (response.StatusCode == HttpStatusCode.Conflict)
                {
                    conflicts++;
                }
                else if (response.StatusCode != HttpStatusCode.Created)
                {
                    throw new InvalidOperationException($"booking: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }

                insert.Parameters[0].Value = Guid.CreateVersion7();
                insert.Parameters[1].Value = zone;
                insert.Parameters[2].Value = floorResource;
                insert.Parameters[3].Value = slot.AddHours(2).UtcDateTime;
                insert.Parameters[4].Value = slot.AddHours(4).UtcDateTime;
                insert.Parameters[5].Value = "基准客户";
                insert.Parameters[6].Value = "基准测试";
                insert.Parameters[7].Value = 1600m;
                insert.Parameters[8].Value = "bench";
                sw.Restart();
                await insert.ExecuteNonQueryAsync();
                var floorElapsed = sw.Elapsed.TotalMilliseconds;

                var month = LoadStart.AddDays(random.Next(0, Math.Max(1, (perResource * 8 / 24) - 31)));
                sw.Restart();
                using var cal = await op.GetAsync($"/api/v1/pilot-base/resources/{ids[random.Next(ids.Count)]}/calendar?view=month&date={month:yyyy-MM-dd}");
                await cal.Content.ReadAsByteArrayAsync();
                var calElapsed = sw.Elapsed.TotalMilliseconds;
                if (!cal.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"calendar: {(int)cal.StatusCode}");
                }

                if (i >= 0)
                {
                    api.Add(apiElapsed);
                    floorMs.Add(floorElapsed);
                    calendar.Add(calElapsed);
                }
            }

            var monthRows = await BenchKit.ScalarAsync<long>(floor,
                $"SELECT count(*) FROM pilot_base_bookings WHERE \"ResourceId\" = '{ids[0]}' AND \"StartsAt\" < '2030-02-01' AND \"EndsAt\" > '2030-01-01'");
            await WriteAsync(smoke, resources, resources * perResource, loadSeconds, requests, api, floorMs, calendar, conflicts, monthRows);
            return 0;
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            if (!args.Contains("--keep"))
            {
                NpgsqlConnection.ClearAllPools();
                await using var admin = new NpgsqlConnection(cs);
                await admin.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Database} WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
            }
        }
    }

    /// <summary>COPY: the resources into zone A of the demo, then their bookings, 8 hours apart and 4 hours long (holding, approved).</summary>
    private static async Task<List<Guid>> LoadAsync(string appDb, int resources, int perResource)
    {
        await using var c = new NpgsqlConnection(appDb);
        await c.OpenAsync();
        var zone = await BenchKit.ScalarAsync<Guid>(c, "SELECT \"ZoneId\" FROM pilot_base_areas WHERE \"Code\" = 'A' ORDER BY \"Id\" LIMIT 1");
        var area = await BenchKit.ScalarAsync<Guid>(c, "SELECT \"Id\" FROM pilot_base_areas WHERE \"Code\" = 'A' ORDER BY \"Id\" LIMIT 1");
        var ids = Enumerable.Range(0, resources).Select(_ => Guid.CreateVersion7()).ToList();
        await using (var w = await c.BeginBinaryImportAsync(
            "COPY pilot_base_resources (\"Id\",\"ZoneId\",\"AreaId\",\"Code\",\"Name\",\"Kind\",\"Status\",\"PricePerHour\",\"Version\") FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < resources; i++)
            {
                await w.StartRowAsync();
                await w.WriteAsync(ids[i], NpgsqlDbType.Uuid);
                await w.WriteAsync(zone, NpgsqlDbType.Uuid);
                await w.WriteAsync(area, NpgsqlDbType.Uuid);
                await w.WriteAsync($"BENCH-{i:D5}", NpgsqlDbType.Varchar);
                await w.WriteAsync($"基准设备 {i}", NpgsqlDbType.Varchar);
                await w.WriteAsync("Equipment", NpgsqlDbType.Varchar);
                await w.WriteAsync("Available", NpgsqlDbType.Varchar);
                await w.WriteAsync(800m, NpgsqlDbType.Numeric);
                await w.WriteAsync(0, NpgsqlDbType.Integer);
            }

            await w.CompleteAsync();
        }

        await using (var w = await c.BeginBinaryImportAsync(
            "COPY pilot_base_bookings (\"Id\",\"ZoneId\",\"ResourceId\",\"Kind\",\"Status\",\"HoldsSlot\",\"StartsAt\",\"EndsAt\",\"Customer\",\"CustomerName\",\"Purpose\",\"Price\",\"RequestedBy\",\"CreatedAt\",\"Version\",\"CancelledLate\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var r in ids)
            {
                for (var k = 0; k < perResource; k++)
                {
                    var start = LoadStart.AddHours(8 * k).UtcDateTime;
                    await w.StartRowAsync();
                    await w.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                    await w.WriteAsync(zone, NpgsqlDbType.Uuid);
                    await w.WriteAsync(r, NpgsqlDbType.Uuid);
                    await w.WriteAsync("Booking", NpgsqlDbType.Varchar);
                    await w.WriteAsync("Approved", NpgsqlDbType.Varchar);
                    await w.WriteAsync(true, NpgsqlDbType.Boolean);
                    await w.WriteAsync(start, NpgsqlDbType.TimestampTz);
                    await w.WriteAsync(start.AddHours(4), NpgsqlDbType.TimestampTz);
                    await w.WriteAsync("External", NpgsqlDbType.Varchar);
                    await w.WriteAsync("基准客户", NpgsqlDbType.Varchar);
                    await w.WriteAsync("基准装载", NpgsqlDbType.Varchar);
                    await w.WriteAsync(3200m, NpgsqlDbType.Numeric);
                    await w.WriteAsync("bench", NpgsqlDbType.Varchar);
                    await w.WriteAsync(start.AddDays(-7), NpgsqlDbType.TimestampTz);
                    await w.WriteAsync(0, NpgsqlDbType.Integer);
                    await w.WriteAsync(false, NpgsqlDbType.Boolean);
                }
            }

            await w.CompleteAsync();
        }

        await using var analyze = new NpgsqlCommand("ANALYZE pilot_base_resources; ANALYZE pilot_base_bookings;", c);
        await analyze.ExecuteNonQueryAsync();
        return ids;
    }

    private static async Task WriteAsync(bool smoke, int resources, int bookings, double loadSeconds, int requests, List<double> api, List<double> floor, List<double> calendar, int conflicts, long monthRows)
    {
        var path = Path.Combine("bench", "results", smoke ? "pilot-bookings-smoke.md" : "pilot-bookings.md");
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"# Pilot-base bookings on PostgreSQL ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC{(smoke ? ", smoke size" : string.Empty)})");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{bookings:N0} holding bookings over {resources:N0} resources (COPY-loaded in {loadSeconds:0.0} s, exclusion constraint active), {requests} measured requests after 10 warm-up, one client, sequential; api and floor alternate request by request.");
        sb.AppendLine();
        sb.AppendLine("| workload | p50 (ms) | p95 (ms) | goal |");
        sb.AppendLine("|---|---:|---:|---|");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| api: POST /api/v1/pilot-base/bookings (sign-in cookie, validation, rules, INSERT against the exclusion constraint, audit) | {BenchKit.Percentile(api, 0.5):0.00} | {BenchKit.Percentile(api, 0.95):0.00} | p95 < 10 ms |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| floor: the same row INSERTed by hand over Npgsql (prepared, autocommit) | {BenchKit.Percentile(floor, 0.5):0.00} | {BenchKit.Percentile(floor, 0.95):0.00} | — |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| calendar: GET /api/v1/pilot-base/resources/{{id}}/calendar?view=month ({monthRows} rows in a month) | {BenchKit.Percentile(calendar, 0.5):0.00} | {BenchKit.Percentile(calendar, 0.95):0.00} | p95 < 20 ms |");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"**Ratio api / floor: p50 {BenchKit.Percentile(api, 0.5) / BenchKit.Percentile(floor, 0.5):0.00}×, p95 {BenchKit.Percentile(api, 0.95) / BenchKit.Percentile(floor, 0.95):0.00}×** (goal ≤ 1.5×). Refused as conflicts: {conflicts} (expected 0: every slot is free).");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Machine load average at the end of the run: {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores (shared).");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, sb.ToString());
        Console.Write(sb.ToString());
        Console.WriteLine("wrote " + path);
    }


    private static async Task RecreateAsync(string cs)
    {
        await using var admin = new NpgsqlConnection(cs);
        await admin.OpenAsync();
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS {Database} WITH (FORCE)", $"CREATE DATABASE {Database}" })
        {
            await using var cmd = new NpgsqlCommand(sql, admin);
            await cmd.ExecuteNonQueryAsync();
        }
    }

    internal static Process StartWeb(string dll, string url, string cs)
    {
        var start = new ProcessStartInfo("dotnet", [dll]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = url;
        start.Environment["Database__Provider"] = "Postgres";
        start.Environment["ConnectionStrings__Gaoxin"] = cs;
        start.Environment["Seed__Demo"] = "true";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "None";
        var process = Process.Start(start) ?? throw new InvalidOperationException("web host did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) Console.Error.WriteLine("[web] " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Signs in through the real form once the host answers (it migrates and seeds the demo first).</summary>
    internal static async Task<HttpClient> SignInAsync(string url, string email)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        var client = new HttpClient(handler) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var page = await client.GetStringAsync("/account/login");
                var token = WebUtility.HtmlDecode(Antiforgery().Match(page).Groups[1].Value);
                var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["_handler"] = "login", ["__RequestVerificationToken"] = token, ["Input.Email"] = email, ["Input.Password"] = Gaoxin.Data.Seeding.DemoData.Password,
                }));
                if (response.StatusCode != HttpStatusCode.Redirect)
                {
                    throw new InvalidOperationException($"sign-in as {email}: {(int)response.StatusCode}");
                }

                return client;
            }
            catch (HttpRequestException) when (attempt < 600)
            {
                await Task.Delay(500);
            }
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
