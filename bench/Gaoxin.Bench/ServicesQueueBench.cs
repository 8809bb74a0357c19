using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Gaoxin.Bench;

/// <summary>
/// The department queue at scale on PostgreSQL:
/// <code>GAOXIN_BENCH_PG=... dotnet run -c Release --project bench/Gaoxin.Bench -- services-queue [--smoke] [--requests 300]</code>
/// Starts the real web host (Release build, demo seed) on a fresh database, COPY-loads 50,000 applications with 100,000 open
/// items (--smoke: 1,000) over the zone's seven departments, due from 30 days ago to 120 days ahead, one in ten paused for
/// correction, ANALYZEs, then alternates request by request <b>api</b> (GET /api/v1/services/queue as officer@, a page of 20 of
/// 经济发展局's queue: rows, every row's remaining working days, the counts by state) with <b>floor</b> (hand SQL over Npgsql: the
/// same page with the same joins and order, the counts grouped by status, limit and due day, and the remaining days counted by a
/// small loop over a hand-written set of 2026–2027 days off, not the module's calendar). Filtered requests (state=Warning,
/// status=Correction, a search) are timed too, without a floor. Writes bench/results/services-queue[-smoke].md.
/// </summary>
public static class ServicesQueueBench
{
    private const string Database = "gaoxin_bench_queue";

    public static async Task<int> RunAsync(string[] args)
    {
        var cs = Environment.GetEnvironmentVariable("GAOXIN_BENCH_PG");
        if (string.IsNullOrWhiteSpace(cs))
        {
            await Console.Error.WriteLineAsync("GAOXIN_BENCH_PG is not set (a PostgreSQL connection string whose role may CREATE DATABASE).");
            return 2;
        }

        var smoke = args.Contains("--smoke");
        var items = smoke ? 1_000 : 100_000;
        var requests = BenchKit.Arg(args, "--requests", smoke ? 20 : 300);
        var web = args.SkipWhile(a => a != "--web").Skip(1).FirstOrDefault() ?? Path.Combine("src", "Gaoxin.Web", "bin", "Release", "net10.0", "Gaoxin.Web.dll");
        if (!File.Exists(web))
        {
            await Console.Error.WriteLineAsync($"{web} not found: build it first (dotnet build -c Release src/Gaoxin.Web).");
            return 2;
        }

        var appDb = new NpgsqlConnectionStringBuilder(cs) { Database = Database }.ToString();
        await ExecAsync(cs, $"DROP DATABASE IF EXISTS {Database} WITH (FORCE)", $"CREATE DATABASE {Database}");
        const string url = "http://127.0.0.1:5392";
        using var host = PilotBookingsBench.StartWeb(web, url, appDb);
        try
        {
            var officer = await PilotBookingsBench.SignInAsync(url, "officer@zigong.demo");
            var clock = Stopwatch.StartNew();
            var (zone, jfj, today) = await LoadAsync(appDb, items);
            var loadSeconds = clock.Elapsed.TotalSeconds;
            await using var floor = new NpgsqlConnection(appDb);
            await floor.OpenAsync();
            var open = await BenchKit.ScalarAsync<long>(floor, $"SELECT count(*) FROM services_application_items WHERE \"DepartmentId\" = '{jfj}' AND \"Status\" IN ('InReview','Correction')");
            Console.WriteLine($"loaded {items:N0} open items in {loadSeconds:0.0} s; 经济发展局 has {open:N0} open");

            var pages = (int)Math.Max(1, open / 20);
            var random = new Random(18);
            var api = new List<double>();
            var floorMs = new List<double>();
            var filtered = new List<double>();
            var filters = new[] { "state=Warning", "status=Correction", "state=Overdue", "search=SQB2026-0001" };
            string? mismatch = null;
            for (var i = -10; i < requests; i++)
            {
                var page = random.Next(1, Math.Min(pages, 200) + 1);
                var sw = Stopwatch.StartNew();
                using var response = await officer.GetAsync($"/api/v1/services/queue?page={page}&size=20");
                var body = await response.Content.ReadAsStringAsync();
                var apiElapsed = sw.Elapsed.TotalMilliseconds;
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"queue: {(int)response.StatusCode} {body}");
                }

                sw.Restart();
                var hand = await FloorAsync(floor, zone, jfj, today, page);
                var floorElapsed = sw.Elapsed.TotalMilliseconds;

                // Same rows in the same order, with the same remaining days: the floor is the same answer.
                using var json = JsonDocument.Parse(body);
                var rows = json.RootElement.GetProperty("page").GetProperty("items").EnumerateArray()
                    .Select(r => (r.GetProperty("id").GetGuid(), r.GetProperty("remaining").GetInt32())).ToList();
                var warning = json.RootElement.GetProperty("counts").GetProperty("warning").GetInt32();
                if (mismatch is null && (!rows.SequenceEqual(hand.Rows) || warning != hand.Warning))
                {
                    mismatch = $"page {page}: api and floor differ (warning count {warning} / {hand.Warning})";
                }

                sw.Restart();
                using var f = await officer.GetAsync($"/api/v1/services/queue?{filters[random.Next(filters.Length)]}&page=1&size=20");
                await f.Content.ReadAsByteArrayAsync();
                var filteredElapsed = sw.Elapsed.TotalMilliseconds;
                if (!f.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"filtered queue: {(int)f.StatusCode}");
                }

                if (i >= 0)
                {
                    api.Add(apiElapsed);
                    floorMs.Add(floorElapsed);
                    filtered.Add(filteredElapsed);
                }
            }

            await WriteAsync(smoke, items, open, loadSeconds, requests, api, floorMs, filtered, mismatch);
            return mismatch is null ? 0 : 1;
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            if (!args.Contains("--keep"))
            {
                NpgsqlConnection.ClearAllPools();
                await ExecAsync(cs, $"DROP DATABASE IF EXISTS {Database} WITH (FORCE)");
            }
        }
    }

    /// <summary>Days off and make-up working days of 2026 and 2027 (2027: weekends only, as the app has no 2027 arrangement), written out by hand.</summary>
    private static readonly HashSet<DateOnly> DaysOff = [.. new[]
    {
        "2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-23", "2026-04-06", "2026-05-01",
        "2026-05-04", "2026-05-05", "2026-06-19", "2026-09-25", "2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07",
    }.Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture))];

    private static readonly HashSet<DateOnly> WeekendsWorked = [.. new[] { "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10" }
        .Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture))];

    private static bool Works(DateOnly d) => WeekendsWorked.Contains(d) || (!DaysOff.Contains(d) && d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    private static int Between(DateOnly after, DateOnly through)
    {
        var sign = 1;
        if (through < after)
        {
            (after, through, sign) = (through, after, -1);
        }

        var n = 0;
        for (var d = after.AddDays(1); d <= through; d = d.AddDays(1))
        {
            n += Works(d) ? 1 : 0;
        }

        return sign * n;
    }

    private static async Task<(List<(Guid, int)> Rows, int Warning)> FloorAsync(NpgsqlConnection c, Guid zone, Guid department, DateOnly today, int page)
    {
        await using var counts = new NpgsqlCommand(
            "SELECT \"Status\", \"LimitDays\", \"DueOn\", count(*) FROM services_application_items WHERE \"ZoneId\" = $1 AND \"DepartmentId\" = $2 " +
            "AND \"Status\" IN ('InReview','Correction') GROUP BY 1, 2, 3", c);
        counts.Parameters.Add(new NpgsqlParameter { Value = zone });
        counts.Parameters.Add(new NpgsqlParameter { Value = department });
        var warning = 0;
        await using (var r = await counts.ExecuteReaderAsync())
        {
            while (await r.ReadAsync())
            {
                if (r.GetString(0) == "InReview")
                {
                    var left = Between(today, DateOnly.FromDateTime(r.GetDateTime(2)));
                    warning += left >= 0 && (r.GetInt32(1) - left) * 5 >= r.GetInt32(1) * 4 ? (int)r.GetInt64(3) : 0;
                }
            }
        }

        await using var rows = new NpgsqlCommand(
            "SELECT i.\"Id\", i.\"DueOn\", i.\"PausedRemaining\", a.\"Number\", o.\"Name\", s.\"Code\", s.\"Name\", d.\"Name\" FROM services_application_items i " +
            "JOIN services_applications a ON a.\"Id\" = i.\"ApplicationId\" JOIN services_items s ON s.\"Id\" = i.\"ServiceItemId\" " +
            "JOIN services_departments d ON d.\"Id\" = i.\"DepartmentId\" LEFT JOIN platform_organisations o ON o.\"Id\" = a.\"ApplicantId\" " +
            "WHERE i.\"ZoneId\" = $1 AND i.\"DepartmentId\" = $2 AND i.\"Status\" IN ('InReview','Correction') ORDER BY i.\"DueOn\", i.\"Id\" LIMIT 20 OFFSET $3", c);
        rows.Parameters.Add(new NpgsqlParameter { Value = zone });
        rows.Parameters.Add(new NpgsqlParameter { Value = department });
        rows.Parameters.Add(new NpgsqlParameter { Value = (page - 1) * 20 });
        var result = new List<(Guid, int)>();
        await using (var r = await rows.ExecuteReaderAsync())
        {
            while (await r.ReadAsync())
            {
                var remaining = r.IsDBNull(2) ? Between(today, DateOnly.FromDateTime(r.GetDateTime(1))) : r.GetInt32(2);
                result.Add((r.GetGuid(0), remaining));
            }
        }

        return (result, warning);
    }

    /// <summary>COPY: applications of the zone's enterprises, two open items each, over the seven departments' catalogue items.</summary>
    private static async Task<(Guid Zone, Guid Jfj, DateOnly Today)> LoadAsync(string appDb, int items)
    {
        await using var c = new NpgsqlConnection(appDb);
        await c.OpenAsync();
        var zone = await BenchKit.ScalarAsync<Guid>(c, "SELECT \"ZoneId\" FROM services_departments WHERE \"Code\" = 'JFJ'");
        var jfj = await BenchKit.ScalarAsync<Guid>(c, "SELECT \"Id\" FROM services_departments WHERE \"Code\" = 'JFJ'");
        var catalogue = new List<(Guid Item, Guid Department, int Limit)>();
        await using (var cmd = new NpgsqlCommand("SELECT \"Id\", \"DepartmentId\", coalesce(\"PromisedLimitDays\", \"LegalLimitDays\") FROM services_items ORDER BY \"Code\"", c))
        await using (var r = await cmd.ExecuteReaderAsync())
        {
            while (await r.ReadAsync())
            {
                catalogue.Add((r.GetGuid(0), r.GetGuid(1), r.GetInt32(2)));
            }
        }

        var firms = new List<Guid>();
        await using (var cmd = new NpgsqlCommand("SELECT \"Id\" FROM platform_organisations WHERE \"Kind\" IN ('Enterprise','VehicleOperator') ORDER BY \"Name\"", c))
        await using (var r = await cmd.ExecuteReaderAsync())
        {
            while (await r.ReadAsync())
            {
                firms.Add(r.GetGuid(0));
            }
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var random = new Random(18);
        var applications = new List<(Guid Id, int N, Guid Firm)>();
        for (var n = 0; n < items / 2; n++)
        {
            applications.Add((Guid.CreateVersion7(), n, firms[random.Next(firms.Count)]));
        }

        await using (var w = await c.BeginBinaryImportAsync(
            "COPY services_applications (\"Id\",\"ZoneId\",\"Number\",\"ApplicantId\",\"Title\",\"FieldValues\",\"SubmittedBy\",\"SubmittedAt\",\"Status\",\"Version\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, n, firm) in applications)
            {
                await w.StartRowAsync();
                await w.WriteAsync(id, NpgsqlDbType.Uuid);
                await w.WriteAsync(zone, NpgsqlDbType.Uuid);
                await w.WriteAsync($"SQB2026-{n:D6}", NpgsqlDbType.Varchar);
                await w.WriteAsync(firm, NpgsqlDbType.Uuid);
                await w.WriteAsync($"基准办件 {n}", NpgsqlDbType.Varchar);
                await w.WriteAsync("{}", NpgsqlDbType.Varchar);
                await w.WriteAsync("bench", NpgsqlDbType.Varchar);
                await w.WriteAsync(DateTime.UtcNow.AddDays(-60), NpgsqlDbType.TimestampTz);
                await w.WriteAsync("Open", NpgsqlDbType.Varchar);
                await w.WriteAsync(0, NpgsqlDbType.Integer);
            }

            await w.CompleteAsync();
        }

        await using (var w = await c.BeginBinaryImportAsync(
            "COPY services_application_items (\"Id\",\"ZoneId\",\"ApplicationId\",\"ServiceItemId\",\"DepartmentId\",\"LimitDays\",\"Status\",\"AcceptedOn\",\"DueOn\",\"PausedRemaining\",\"PausedOn\",\"Corrections\",\"Version\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, _, _) in applications)
            {
                // Two distinct catalogue items per application (the (application, item) pair is unique).
                var first = random.Next(catalogue.Count);
                var second = (first + 1 + random.Next(catalogue.Count - 1)) % catalogue.Count;
                foreach (var k in new[] { first, second })
                {
                    var (item, department, limit) = catalogue[k];
                    var due = today.AddDays(random.Next(-30, 121));
                    var paused = random.Next(10) == 0;
                    await w.StartRowAsync();
                    await w.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                    await w.WriteAsync(zone, NpgsqlDbType.Uuid);
                    await w.WriteAsync(id, NpgsqlDbType.Uuid);
                    await w.WriteAsync(item, NpgsqlDbType.Uuid);
                    await w.WriteAsync(department, NpgsqlDbType.Uuid);
                    await w.WriteAsync(limit, NpgsqlDbType.Integer);
                    await w.WriteAsync(paused ? "Correction" : "InReview", NpgsqlDbType.Varchar);
                    await w.WriteAsync(due.AddDays(-limit * 7 / 5), NpgsqlDbType.Date);
                    await w.WriteAsync(due, NpgsqlDbType.Date);
                    if (paused)
                    {
                        await w.WriteAsync(random.Next(0, limit + 1), NpgsqlDbType.Integer);
                        await w.WriteAsync(today.AddDays(-random.Next(1, 20)), NpgsqlDbType.Date);
                    }
                    else
                    {
                        await w.WriteNullAsync();
                        await w.WriteNullAsync();
                    }

                    await w.WriteAsync(paused ? 1 : 0, NpgsqlDbType.Integer);
                    await w.WriteAsync(0, NpgsqlDbType.Integer);
                }
            }

            await w.CompleteAsync();
        }

        await using var analyze = new NpgsqlCommand("ANALYZE services_applications; ANALYZE services_application_items;", c);
        await analyze.ExecuteNonQueryAsync();
        return (zone, jfj, today);
    }

    private static async Task WriteAsync(bool smoke, int items, long open, double loadSeconds, int requests, List<double> api, List<double> floor, List<double> filtered, string? mismatch)
    {
        var path = Path.Combine("bench", "results", smoke ? "services-queue-smoke.md" : "services-queue.md");
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"# Department queue on PostgreSQL ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC{(smoke ? ", smoke size" : string.Empty)})");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{items:N0} open application items over 7 departments (COPY-loaded in {loadSeconds:0.0} s; due from 30 days ago to 120 days ahead; one in ten paused for correction); 经济发展局 (officer@) has {open:N0}. {requests} measured requests after 10 warm-up, one client, sequential; api and floor alternate request by request, on random pages of 20 among the first 200.");
        sb.AppendLine();
        sb.AppendLine("| workload | p50 (ms) | p95 (ms) | goal |");
        sb.AppendLine("|---|---:|---:|---|");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| api: GET /api/v1/services/queue?page=N&size=20 (cookie, scope check, counts by state, page with joins, every row's remaining working days) | {BenchKit.Percentile(api, 0.5):0.00} | {BenchKit.Percentile(api, 0.95):0.00} | p95 < 100 ms |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| floor: hand SQL over Npgsql — the counts grouped by (status, limit, due day) classified by a hand loop, the same page with the same joins and order, remaining days by a hand loop over written-out days off | {BenchKit.Percentile(floor, 0.5):0.00} | {BenchKit.Percentile(floor, 0.95):0.00} | — |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| filtered: state=Warning / status=Correction / state=Overdue / a number search, page 1 | {BenchKit.Percentile(filtered, 0.5):0.00} | {BenchKit.Percentile(filtered, 0.95):0.00} | — |");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"**Ratio api / floor: p50 {BenchKit.Percentile(api, 0.5) / BenchKit.Percentile(floor, 0.5):0.00}×, p95 {BenchKit.Percentile(api, 0.95) / BenchKit.Percentile(floor, 0.95):0.00}×** (goal ≤ 2×). Same rows, order, remaining days and warning count as the floor: {(mismatch is null ? "yes, every measured page" : "NO — " + mismatch)}.");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Machine load average at the end of the run: {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores (shared).");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, sb.ToString());
        Console.Write(sb.ToString());
        Console.WriteLine("wrote " + path);
    }

    private static async Task ExecAsync(string cs, params string[] statements)
    {
        await using var admin = new NpgsqlConnection(cs);
        await admin.OpenAsync();
        foreach (var sql in statements)
        {
            await using var cmd = new NpgsqlCommand(sql, admin);
            await cmd.ExecuteNonQueryAsync();
        }
    }

}
