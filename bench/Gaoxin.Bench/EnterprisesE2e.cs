using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gaoxin.Composition;
using Gaoxin.Contracts;
using Gaoxin.Data;
using Gaoxin.Data.Audit;
using Gaoxin.Enterprises.Demo;
using Gaoxin.Enterprises.Evaluations;
using Gaoxin.Enterprises.Registry;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Gaoxin.Bench;

/// <summary>
/// End to end on PostgreSQL: <c>EnterpriseEvaluations.RefreshZoneAsync</c> (read, evaluate, store) against the floor
/// of streaming the same rows out of the database, alternating in the same run.
/// <code>GAOXIN_BENCH_PG=... dotnet run -c Release --project bench/Gaoxin.Bench -- e2e --enterprises 100000 --runs 5</code>
/// </summary>
internal static class EnterprisesE2e
{
    private const string Usage = "e2e [--enterprises 100000] [--runs 5] [--database gaoxin_bench] [--label NAME] [--keep]";

    public static async Task<int> RunAsync(string[] args)
    {
        var cs = Environment.GetEnvironmentVariable("GAOXIN_BENCH_PG");
        if (string.IsNullOrWhiteSpace(cs))
        {
            await Console.Error.WriteLineAsync("GAOXIN_BENCH_PG is not set: give a PostgreSQL connection string whose role may CREATE DATABASE, e.g.\n" +
                "  GAOXIN_BENCH_PG='Host=127.0.0.1;Port=5432;Database=postgres;Username=...;Password=...' dotnet run -c Release --project bench/Gaoxin.Bench -- " + Usage);
            return 2;
        }

        var enterprises = 100_000;
        var runs = 5;
        var database = "gaoxin_bench";
        string? label = null;
        var keep = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--enterprises": enterprises = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--database": database = args[++i]; break;
                case "--label": label = args[++i]; break;
                case "--keep": keep = true; break;
                default:
                    await Console.Error.WriteLineAsync($"unknown option {args[i]}\nusage: {Usage}");
                    return 2;
            }
        }

        var admin = new NpgsqlConnectionStringBuilder(cs);
        var bench = new NpgsqlConnectionStringBuilder(cs) { Database = database };
        Console.WriteLine($"e2e: {enterprises:N0} enterprises, {runs} runs, database {database} on {admin.Host}:{admin.Port}, {Environment.ProcessorCount} cores");
        await RecreateDatabaseAsync(admin.ConnectionString, database);
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:Gaoxin"] = bench.ConnectionString,
            }).Build();
            var services = new ServiceCollection();
            services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
            services.AddGaoxinData(DatabaseSettings.From(configuration, Directory.GetCurrentDirectory()), configuration);
            services.AddSingleton<IAuditActor>(new SystemAuditActor("bench"));
            services.AddGaoxinIdentityCore();
            await using var provider = services.BuildServiceProvider();
            await GaoxinDatabase.PrepareAsync(provider, seedDemo: false);

            var zone = new ZoneId(Guid.CreateVersion7());
            var load = await LoadAsync(bench.ConnectionString, zone, enterprises);
            Console.WriteLine(load.Describe());

            // Warm-up (JIT, caches, first evaluation rows present): one of each, not counted.
            var warmFloor = await MeasureAsync(provider, sp => FloorAsync(sp, zone.Value));
            var warmE2e = await MeasureAsync(provider, sp => sp.GetRequiredService<EnterpriseEvaluations>().RefreshZoneAsync(zone.Value, CancellationToken.None));
            Console.WriteLine($"warm-up: floor {warmFloor.Seconds:F2} s ({warmFloor.Rows:N0} enterprises), e2e {warmE2e.Seconds:F2} s ({warmE2e.Rows:N0} enterprises)");

            var results = new List<(int Run, string Kind, double Seconds, int Rows)>();
            for (var run = 1; run <= runs; run++)
            {
                // Alternate the order so drift on a shared machine falls on both sides.
                var order = run % 2 == 1 ? new[] { "floor", "e2e", "floor-ef-include" } : ["floor-ef-include", "e2e", "floor"];
                foreach (var kind in order)
                {
                    var m = kind switch
                    {
                        "floor" => await MeasureAsync(provider, sp => FloorAsync(sp, zone.Value)),
                        "floor-ef-include" => await MeasureAsync(provider, sp => FloorEfIncludeAsync(sp, zone.Value)),
                        _ => await MeasureAsync(provider, sp => sp.GetRequiredService<EnterpriseEvaluations>().RefreshZoneAsync(zone.Value, CancellationToken.None)),
                    };
                    results.Add((run, kind, m.Seconds, m.Rows));
                    Console.WriteLine($"run {run} {kind,-16} {m.Seconds,7:F2} s  ({m.Rows:N0} enterprises)");
                }
            }

            var stored = await ScalarAsync(bench.ConnectionString, "SELECT count(*) FROM enterprises_evaluations");
            var floorMedian = Median(results.Where(r => r.Kind == "floor").Select(r => r.Seconds));
            var e2eMedian = Median(results.Where(r => r.Kind == "e2e").Select(r => r.Seconds));
            var efMedian = Median(results.Where(r => r.Kind == "floor-ef-include").Select(r => r.Seconds));
            var ratios = results.Where(r => r.Kind == "e2e").Select(e => e.Seconds / results.Single(f => f.Kind == "floor" && f.Run == e.Run).Seconds).ToList();
            Console.WriteLine($"median floor {floorMedian:F2} s, median e2e {e2eMedian:F2} s, ratio of medians {e2eMedian / floorMedian:F2}x (goal <= 1.5x), median per-run ratio {Median(ratios):F2}x; {stored:N0} evaluation rows stored");
            await WriteResultsAsync(label, enterprises, runs, load, warmFloor, warmE2e, results, floorMedian, e2eMedian, efMedian, Median(ratios), stored);
            return 0;
        }
        finally
        {
            if (!keep)
            {
                NpgsqlConnection.ClearAllPools();
                await DropDatabaseAsync(admin.ConnectionString, database);
                Console.WriteLine($"dropped database {database}");
            }
        }
    }

    /// <summary>
    /// The floor: the rows the refresh reads (enterprises, years, certificates, expert scores), streamed out with the
    /// refresh's own reader (same queries, same keyset batches) and materialised, and nothing else.
    /// </summary>
    private static async Task<int> FloorAsync(IServiceProvider sp, Guid zoneId)
    {
        var evaluations = sp.GetRequiredService<EnterpriseEvaluations>();
        var count = 0;
        Guid? after = null;
        while (true)
        {
            var batch = await evaluations.ReadBatchAsync(zoneId, after, EnterpriseEvaluations.DefaultBatchSize, CancellationToken.None);
            if (batch.Enterprises.Count == 0)
            {
                return count;
            }

            count += batch.Enterprises.Count;
            after = batch.Enterprises[^1].Id;
        }
    }

    /// <summary>
    /// For comparison with the refresh before it was reworked: its old read (EF Include of years and certificates as
    /// split queries, keyset batches of 500, expert scores per batch), materialised, nothing else.
    /// </summary>
    private static async Task<int> FloorEfIncludeAsync(IServiceProvider sp, Guid zoneId)
    {
        var db = sp.GetRequiredService<GaoxinDbContext>();
        var zone = new ZoneId(zoneId);
        var count = 0;
        Guid? after = null;
        while (true)
        {
            var query = db.Set<Enterprise>().AsNoTracking().Where(e => e.ZoneId == zone);
            if (after is { } last)
            {
                query = query.Where(e => e.Id.CompareTo(last) > 0);
            }

            var batch = await query.OrderBy(e => e.Id).Take(500).Include(e => e.Years).Include(e => e.Certificates).AsSplitQuery().ToListAsync();
            if (batch.Count == 0)
            {
                return count;
            }

            var ids = batch.Select(e => e.Id).ToList();
            var experts = await db.Set<ExpertScore>().AsNoTracking().Where(s => ids.Contains(s.EnterpriseId)).ToListAsync();
            GC.KeepAlive(experts);
            count += batch.Count;
            after = batch[^1].Id;
        }
    }

    private static async Task<(double Seconds, int Rows)> MeasureAsync(IServiceProvider provider, Func<IServiceProvider, Task<int>> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        await using var scope = provider.CreateAsyncScope();
        var sw = Stopwatch.StartNew();
        var rows = await work(scope.ServiceProvider);
        return (sw.Elapsed.TotalSeconds, rows);
    }

    internal static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToArray();
        return v.Length == 0 ? double.NaN : v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
    }

    internal sealed record Load(int Enterprises, int Years, int Certificates, double BuildSeconds, double CopySeconds)
    {
        public string Describe() => $"loaded {Enterprises:N0} enterprises, {Years:N0} annual reports, {Certificates:N0} certificates (generated in {BuildSeconds:F1} s, COPY + ANALYZE {CopySeconds:F1} s)";
    }

    internal static async Task RecreateDatabaseAsync(string adminConnection, string database)
    {
        await DropDatabaseAsync(adminConnection, database);
        await using var c = new NpgsqlConnection(adminConnection);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", c);
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>Plain DROP (the role may not terminate other sessions); retried while an autovacuum worker is still connected.</summary>
    internal static async Task DropDatabaseAsync(string adminConnection, string database)
    {
        await using var c = new NpgsqlConnection(adminConnection);
        await c.OpenAsync();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\"", c);
                await cmd.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == "55006" && attempt < 30)
            {
                await Task.Delay(1000); // "is being accessed by other users"
            }
        }
    }

    private static async Task<long> ScalarAsync(string connection, string sql)
    {
        await using var c = new NpgsqlConnection(connection);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>Generates the registry (DemoEnterprises, fixed seed) and COPYs it into the tables the migrations made.</summary>
    internal static async Task<Load> LoadAsync(string connection, ZoneId zone, int total, string code = "bench", bool analyze = true)
    {
        var sw = Stopwatch.StartNew();
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var plan = DemoEnterprises.Build(zone, new Dictionary<string, Guid>(), today, total, seed: 20251028);
        var buildSeconds = sw.Elapsed.TotalSeconds;
        sw.Restart();

        await using var c = new NpgsqlConnection(connection);
        await c.OpenAsync();
        await using (var cmd = new NpgsqlCommand("INSERT INTO platform_zones (\"Id\", \"Name\", \"Code\", \"DivisionCode\") VALUES (@id, '基准高新区', @code, '510300')", c))
        {
            cmd.Parameters.AddWithValue("id", zone.Value);
            cmd.Parameters.AddWithValue("code", code);
            await cmd.ExecuteNonQueryAsync();
        }

        await using (var w = await c.BeginBinaryImportAsync("""
            COPY enterprises_enterprises ("Id", "ZoneId", "OrganisationId", "Name", "CreditCode", "RegisteredOn", "Address", "IndustryCode", "ZoneIndustry", "SizeClass",
              "AboveDesignatedSize", "ContactName", "ContactPhone", "InKeyHighTechField", "OwnsCoreIp", "InStrategicEmergingCatalogue", "YearsInNicheMarket",
              "NationalAwardLast5Years", "ProvincialAwardLast3Years", "ProvincialRdInstitution", "LedStandardLast5Years") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var e in plan.Enterprises)
            {
                await w.StartRowAsync();
                await w.WriteAsync(e.Id, NpgsqlDbType.Uuid);
                await w.WriteAsync(e.ZoneId.Value, NpgsqlDbType.Uuid);
                await WriteNullableAsync(w, e.OrganisationId, NpgsqlDbType.Uuid);
                await w.WriteAsync(e.Name, NpgsqlDbType.Varchar);
                await w.WriteAsync(e.CreditCode, NpgsqlDbType.Varchar);
                await w.WriteAsync(e.RegisteredOn, NpgsqlDbType.Date);
                await WriteTextAsync(w, e.Address);
                await w.WriteAsync(e.IndustryCode, NpgsqlDbType.Varchar);
                await w.WriteAsync(e.ZoneIndustry.ToString(), NpgsqlDbType.Varchar);
                await w.WriteAsync(e.SizeClass.ToString(), NpgsqlDbType.Varchar);
                await w.WriteAsync(e.AboveDesignatedSize, NpgsqlDbType.Boolean);
                await WriteTextAsync(w, e.ContactName);
                await WriteTextAsync(w, e.ContactPhone);
                await w.WriteAsync(e.InKeyHighTechField, NpgsqlDbType.Boolean);
                await w.WriteAsync(e.OwnsCoreIp, NpgsqlDbType.Boolean);
                await w.WriteAsync(e.InStrategicEmergingCatalogue, NpgsqlDbType.Boolean);
                await WriteNullableAsync(w, e.YearsInNicheMarket, NpgsqlDbType.Integer);
                await w.WriteAsync(e.NationalAwardLast5Years, NpgsqlDbType.Boolean);
                await w.WriteAsync(e.ProvincialAwardLast3Years, NpgsqlDbType.Boolean);
                await w.WriteAsync(e.ProvincialRdInstitution, NpgsqlDbType.Boolean);
                await w.WriteAsync(e.LedStandardLast5Years, NpgsqlDbType.Boolean);
            }

            await w.CompleteAsync();
        }

        var years = 0;
        await using (var w = await c.BeginBinaryImportAsync("""
            COPY enterprises_annual_reports ("Id", "ZoneId", "EnterpriseId", "Year", "Staff", "TechStaff", "Sales", "TotalRevenue", "MainBusinessRevenue", "TotalCosts",
              "RdSpend", "RdSpendInChina", "TotalAssets", "NetAssets", "DebtRatio", "HighTechIncome", "ClassOneIp", "ClassTwoIp", "AchievementsConverted",
              "EquityRaised", "Awards", "StandardsLed", "MajorIncident", "OnCreditList") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var y in plan.Enterprises.SelectMany(e => e.Years))
            {
                years++;
                await w.StartRowAsync();
                await w.WriteAsync(y.Id, NpgsqlDbType.Uuid);
                await w.WriteAsync(y.ZoneId.Value, NpgsqlDbType.Uuid);
                await w.WriteAsync(y.EnterpriseId, NpgsqlDbType.Uuid);
                await w.WriteAsync(y.Year, NpgsqlDbType.Integer);
                await WriteNullableAsync(w, y.Staff, NpgsqlDbType.Integer);
                await WriteNullableAsync(w, y.TechStaff, NpgsqlDbType.Integer);
                foreach (var money in new[] { y.Sales, y.TotalRevenue, y.MainBusinessRevenue, y.TotalCosts, y.RdSpend, y.RdSpendInChina, y.TotalAssets, y.NetAssets, y.DebtRatio, y.HighTechIncome })
                {
                    await WriteNullableAsync(w, money, NpgsqlDbType.Numeric);
                }

                await w.WriteAsync(y.ClassOneIp, NpgsqlDbType.Integer);
                await w.WriteAsync(y.ClassTwoIp, NpgsqlDbType.Integer);
                await w.WriteAsync(y.AchievementsConverted, NpgsqlDbType.Integer);
                await w.WriteAsync(y.EquityRaised, NpgsqlDbType.Numeric);
                await w.WriteAsync(y.Awards, NpgsqlDbType.Integer);
                await w.WriteAsync(y.StandardsLed, NpgsqlDbType.Integer);
                await w.WriteAsync(y.MajorIncident, NpgsqlDbType.Boolean);
                await w.WriteAsync(y.OnCreditList, NpgsqlDbType.Boolean);
            }

            await w.CompleteAsync();
        }

        var certificates = 0;
        await using (var w = await c.BeginBinaryImportAsync("""
            COPY enterprises_certificates ("Id", "ZoneId", "EnterpriseId", "Scheme", "Number", "ValidFrom", "ValidTo") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var cert in plan.Enterprises.SelectMany(e => e.Certificates))
            {
                certificates++;
                await w.StartRowAsync();
                await w.WriteAsync(cert.Id, NpgsqlDbType.Uuid);
                await w.WriteAsync(cert.ZoneId.Value, NpgsqlDbType.Uuid);
                await w.WriteAsync(cert.EnterpriseId, NpgsqlDbType.Uuid);
                await w.WriteAsync(cert.Scheme.ToString(), NpgsqlDbType.Varchar);
                await w.WriteAsync(cert.Number, NpgsqlDbType.Varchar);
                await w.WriteAsync(cert.ValidFrom, NpgsqlDbType.Date);
                await w.WriteAsync(cert.ValidTo, NpgsqlDbType.Date);
            }

            await w.CompleteAsync();
        }

        if (analyze)
        {
            await using var vacuum = new NpgsqlCommand("VACUUM ANALYZE", c);
            vacuum.CommandTimeout = 600;
            await vacuum.ExecuteNonQueryAsync();
        }

        return new Load(plan.Enterprises.Count, years, certificates, buildSeconds, sw.Elapsed.TotalSeconds);
    }

    private static Task WriteTextAsync(NpgsqlBinaryImporter w, string? value) =>
        value is null ? w.WriteNullAsync() : w.WriteAsync(value, NpgsqlDbType.Varchar);

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter w, T? value, NpgsqlDbType type) where T : struct =>
        value is { } v ? w.WriteAsync(v, type) : w.WriteNullAsync();

    private static async Task WriteResultsAsync(string? label, int enterprises, int runs, Load load, (double Seconds, int Rows) warmFloor, (double Seconds, int Rows) warmE2e,
        List<(int Run, string Kind, double Seconds, int Rows)> results, double floorMedian, double e2eMedian, double efMedian, double medianRatio, long stored)
    {
        var dir = Path.Combine(Directory.GetCurrentDirectory(), "bench", "results");
        Directory.CreateDirectory(dir);
        var name = label is null ? "enterprises-e2e" : $"enterprises-e2e-{label}";
        var csv = new StringBuilder("run,kind,seconds,enterprises\n");
        foreach (var r in results)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{r.Run},{r.Kind},{r.Seconds:F3},{r.Rows}\n");
        }

        await File.WriteAllTextAsync(Path.Combine(dir, name + ".csv"), csv.ToString());

        var ratio = e2eMedian / floorMedian;
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"""
            # Enterprises: refresh end to end on PostgreSQL vs the floor{(label is null ? string.Empty : $" ({label})")}

            Generated by `dotnet run -c Release --project bench/Gaoxin.Bench -- e2e --enterprises {enterprises} --runs {runs}{(label is null ? string.Empty : " --label " + label)}`
            on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores (nproc), {System.Runtime.InteropServices.RuntimeInformation.OSDescription},
            .NET {Environment.Version}; PostgreSQL on the same machine. Floor and end to end were measured **in the same run**, alternating
            (odd runs floor first, even runs reversed), each in a fresh DI scope after a full GC, after one warm-up of each.

            - Data: {load.Enterprises:N0} enterprises, {load.Years:N0} annual reports, {load.Certificates:N0} certificates (DemoEnterprises, seed 20251028), COPY-loaded.
            - **floor**: stream enterprises, years, certificates and expert scores out with the refresh's own queries and batches, materialise, nothing else.
            - **floor-ef-include**: the refresh's read before the rework (EF Include + split query, batches of 500), for reference only.
            - **e2e**: `EnterpriseEvaluations.RefreshZoneAsync` (read, evaluate every scheme, store the results that changed; {stored:N0} results held).
              The warm-up writes every result; the measured runs find them unchanged and write none, as a nightly refresh mostly would.

            | | median (s) | runs (s) |
            |---|---:|---|
            | floor | {floorMedian:F2} | {string.Join(", ", results.Where(r => r.Kind == "floor").Select(r => r.Seconds.ToString("F2", CultureInfo.InvariantCulture)))} |
            | e2e | {e2eMedian:F2} | {string.Join(", ", results.Where(r => r.Kind == "e2e").Select(r => r.Seconds.ToString("F2", CultureInfo.InvariantCulture)))} |
            | floor-ef-include (old read, reference) | {efMedian:F2} | {string.Join(", ", results.Where(r => r.Kind == "floor-ef-include").Select(r => r.Seconds.ToString("F2", CultureInfo.InvariantCulture)))} |

            **Ratio e2e/floor: {ratio:F2}×** (ratio of medians; median of per-run ratios {medianRatio:F2}×). Goal ≤ 1.5×: **{(ratio <= 1.5 ? "met" : "not met")}**.
            End to end: {enterprises / e2eMedian:N0} enterprises/s (median). Warm-up (not counted): floor {warmFloor.Seconds:F2} s, e2e {warmE2e.Seconds:F2} s.
            Raw numbers: `{name}.csv`.

            """);
        await File.WriteAllTextAsync(Path.Combine(dir, name + ".md"), md.ToString());
        Console.WriteLine($"wrote bench/results/{name}.md and .csv");
    }
}
