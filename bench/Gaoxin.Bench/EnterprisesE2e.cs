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
    private const string Usage = "e2e [--enterprises 100000] [--runs 5] [--saves 400] [--database gaoxin_bench] [--label NAME] [--keep] [--smoke]";

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
        var saves = 400;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--enterprises": enterprises = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--database": database = args[++i]; break;
                case "--label": label = args[++i]; break;
                case "--keep": keep = true; break;
                case "--saves": saves = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--smoke": enterprises = 2_000; runs = 1; saves = 40; label = "smoke"; database = "gaoxin_bench_smoke"; break;
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
            var warmFloor = await MeasureAsync(provider, _ => FloorCopyAsync(bench.ConnectionString, zone.Value));
            await MeasureAsync(provider, sp => FloorAsync(sp, zone.Value));
            var warmE2e = await MeasureAsync(provider, sp => sp.GetRequiredService<EnterpriseEvaluations>().RefreshZoneAsync(zone.Value, CancellationToken.None));
            Console.WriteLine($"warm-up: floor {warmFloor.Seconds:F2} s ({warmFloor.Rows:N0} enterprises), e2e {warmE2e.Seconds:F2} s ({warmE2e.Rows:N0} enterprises)");

            var results = new List<(int Run, string Kind, double Seconds, int Rows)>();
            for (var run = 1; run <= runs; run++)
            {
                // Alternate the order so drift on a shared machine falls on both sides.
                var order = run % 2 == 1 ? new[] { "floor", "e2e", "e2e-writing", "refresh-reader", "floor-ef-include" } : ["floor-ef-include", "refresh-reader", "e2e-writing", "e2e", "floor"];
                foreach (var kind in order)
                {
                    var m = kind switch
                    {
                        "floor" => await MeasureAsync(provider, _ => FloorCopyAsync(bench.ConnectionString, zone.Value)),
                        "refresh-reader" => await MeasureAsync(provider, sp => FloorAsync(sp, zone.Value)),
                        "e2e-writing" => await MutateThenRefreshAsync(provider, bench.ConnectionString, zone.Value, run),
                        "floor-ef-include" => await MeasureAsync(provider, sp => FloorEfIncludeAsync(sp, zone.Value)),
                        _ => await MeasureAsync(provider, sp => sp.GetRequiredService<EnterpriseEvaluations>().RefreshZoneAsync(zone.Value, CancellationToken.None)),
                    };
                    results.Add((run, kind, m.Seconds, m.Rows));
                    Console.WriteLine($"run {run} {kind,-16} {m.Seconds,7:F2} s  ({m.Rows:N0} enterprises)");
                }
            }

            var save = await SaveYearsAsync(provider, bench.ConnectionString, zone, saves);

            var stored = await ScalarAsync(bench.ConnectionString, "SELECT count(*) FROM enterprises_evaluations");
            var floorMedian = Median(results.Where(r => r.Kind == "floor").Select(r => r.Seconds));
            var e2eMedian = Median(results.Where(r => r.Kind == "e2e").Select(r => r.Seconds));
            var efMedian = Median(results.Where(r => r.Kind == "floor-ef-include").Select(r => r.Seconds));
            var readerMedian = Median(results.Where(r => r.Kind == "refresh-reader").Select(r => r.Seconds));
            var writingMedian = Median(results.Where(r => r.Kind == "e2e-writing").Select(r => r.Seconds));
            Console.WriteLine($"median e2e writing changed results {writingMedian:F2} s, ratio to the floor {writingMedian / floorMedian:F2}x");
            var ratios = results.Where(r => r.Kind == "e2e").Select(e => e.Seconds / results.Single(f => f.Kind == "floor" && f.Run == e.Run).Seconds).ToList();
            Console.WriteLine($"median floor {floorMedian:F2} s, median e2e {e2eMedian:F2} s, ratio of medians {e2eMedian / floorMedian:F2}x (goal <= 1.5x), median per-run ratio {Median(ratios):F2}x; {stored:N0} evaluation rows stored");
            await WriteResultsAsync(label, enterprises, runs, load, warmFloor, warmE2e, results, floorMedian, e2eMedian, efMedian, readerMedian, writingMedian, Median(ratios), stored, save);
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
    /// The floor, independent of the module: every column of the rows the refresh reads (the zone's enterprises, annual
    /// reports, certificates, honours and expert scores) streamed by hand as a binary <c>COPY … TO STDOUT</c> over Npgsql
    /// and parsed into typed values, nothing else. Shares no code with the refresh.
    /// </summary>
    private static async Task<int> FloorCopyAsync(string connection, Guid zoneId)
    {
        await using var c = new NpgsqlConnection(connection);
        await c.OpenAsync();
        var enterprises = 0;
        foreach (var table in new[] { "enterprises_enterprises", "enterprises_annual_reports", "enterprises_certificates", "enterprises_honours", "enterprises_expert_scores" })
        {
            var columns = new List<(string Name, string Type)>();
            await using (var cmd = new NpgsqlCommand("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position", c))
            {
                cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = table });
                await using var r = await cmd.ExecuteReaderAsync();
                while (await r.ReadAsync())
                {
                    columns.Add((r.GetString(0), r.GetString(1)));
                }
            }

            var list = string.Join(", ", columns.Select(col => $"\"{col.Name}\""));
            var rows = 0;
            long checksum = 0;
            await using (var export = await c.BeginBinaryExportAsync($"COPY (SELECT {list} FROM {table} WHERE \"ZoneId\" = '{zoneId}') TO STDOUT (FORMAT BINARY)"))
            {
                while (await export.StartRowAsync() != -1)
                {
                    rows++;
                    foreach (var (_, type) in columns)
                    {
                        if (export.IsNull)
                        {
                            await export.SkipAsync();
                            continue;
                        }

                        checksum += type switch
                        {
                            "uuid" => (await export.ReadAsync<Guid>()).GetHashCode(),
                            "integer" => await export.ReadAsync<int>(),
                            "bigint" => await export.ReadAsync<long>(),
                            "smallint" => await export.ReadAsync<short>(),
                            "numeric" => (long)await export.ReadAsync<decimal>(),
                            "boolean" => await export.ReadAsync<bool>() ? 1 : 0,
                            "date" => (await export.ReadAsync<DateOnly>()).DayNumber,
                            "timestamp with time zone" => (await export.ReadAsync<DateTime>()).Ticks,
                            "text" or "character varying" => (await export.ReadAsync<string>()).Length,
                            _ => throw new InvalidOperationException($"floor: no reader for {table}.{type}"),
                        };
                    }
                }
            }

            GC.KeepAlive(checksum);
            if (table == "enterprises_enterprises")
            {
                enterprises = rows;
            }
        }

        return enterprises;
    }

    /// <summary>
    /// For reference (it was the floor until #20 asked for an independent one): the rows the refresh reads, streamed out
    /// with the refresh's own reader (same queries, same keyset batches) and materialised, and nothing else.
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

    /// <summary>Moves one enterprise in sixteen's R&amp;D by hand (not timed), then times the refresh that finds and writes the change.</summary>
    private static async Task<(double Seconds, int Rows)> MutateThenRefreshAsync(IServiceProvider provider, string connection, Guid zoneId, int run)
    {
        await using (var c = new NpgsqlConnection(connection))
        {
            await c.OpenAsync();
            await using var update = new NpgsqlCommand("""
                UPDATE enterprises_annual_reports SET "RdSpend" = round("Sales" * $1, 2), "RdSpendInChina" = round("Sales" * $1, 2),
                  "TotalCosts" = greatest("TotalCosts", round("Sales" * $1, 2))
                WHERE "ZoneId" = $2 AND right("EnterpriseId"::text, 1) = $3 AND "Sales" IS NOT NULL
                """, c);
            update.Parameters.Add(new NpgsqlParameter<decimal> { TypedValue = run % 2 == 1 ? 0.07m : 0.01m });
            update.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = zoneId });
            update.Parameters.Add(new NpgsqlParameter<string> { TypedValue = (run % 16).ToString("x", CultureInfo.InvariantCulture) });
            await update.ExecuteNonQueryAsync();
        }

        return await MeasureAsync(provider, sp => sp.GetRequiredService<EnterpriseEvaluations>().RefreshZoneAsync(zoneId, CancellationToken.None));
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

    internal sealed record Percentiles(double P50, double P95, double P99)
    {
        public static Percentiles Of(List<double> ms)
        {
            ms.Sort();
            double At(double q) => ms[Math.Min(ms.Count - 1, (int)Math.Ceiling(q * ms.Count) - 1)];
            return new Percentiles(At(0.50), At(0.95), At(0.99));
        }
    }

    internal sealed record SaveFigures(int Saves, int Changed, Percentiles Save, Percentiles Floor);

    /// <summary>
    /// Saves of one enterprise's latest year through the registry (verdicts restored in the same save), alternating with
    /// a hand UPDATE of the same columns. Every save moves R&amp;D, so most change a stored result.
    /// </summary>
    private static async Task<SaveFigures> SaveYearsAsync(IServiceProvider provider, string connection, ZoneId zone, int saves)
    {
        var actor = new Gaoxin.Kernel.Access.Actor("bench", "bench", new HashSet<string> { Gaoxin.Kernel.Access.Roles.ZoneAdmin }, null, zone.Value);
        List<(Guid Id, int Year)> targets;
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GaoxinDbContext>();
            targets = (await db.Set<AnnualReport>().AsNoTracking().Where(y => y.ZoneId == zone)
                    .GroupBy(y => y.EnterpriseId).Select(g => new { Id = g.Key, Year = g.Max(y => y.Year) }).ToListAsync())
                .Select(t => (t.Id, t.Year)).OrderBy(t => t.Id).ToList();
        }

        var random = new Random(20251207);
        var saveMs = new List<double>();
        var floorMs = new List<double>();
        var changed = 0;
        await using var raw = new NpgsqlConnection(connection);
        await raw.OpenAsync();
        for (var i = -10; i < saves; i++)
        {
            var (id, year) = targets[random.Next(targets.Count)];
            var share = 0.01m + (random.Next(7) * 0.01m);
            await using (var scope = provider.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<GaoxinDbContext>();
                var y = await db.Set<AnnualReport>().AsNoTracking().SingleAsync(r => r.EnterpriseId == id && r.Year == year);
                var rd = decimal.Round((y.Sales ?? 0) * share, 0);
                var input = new AnnualReportInput(y.Year, y.Staff, y.TechStaff, y.Sales, y.TotalRevenue, y.MainBusinessRevenue, Math.Max(y.TotalCosts ?? 0, rd),
                    rd, rd, y.TotalAssets, y.NetAssets, y.DebtRatio, y.HighTechIncome, y.ClassOneIp, y.ClassTwoIp, y.AchievementsConverted, y.EquityRaised,
                    y.Awards, y.StandardsLed, y.MajorIncident, y.OnCreditList);
                var before = await db.Set<EvaluationRecord>().AsNoTracking().Where(r => r.EnterpriseId == id).Select(r => r.Total).ToListAsync();
                db.ChangeTracker.Clear();
                var registry = scope.ServiceProvider.GetRequiredService<EnterpriseRegistry>();
                var watch = Stopwatch.StartNew();
                await registry.SaveYearAsync(actor, id, input, CancellationToken.None);
                watch.Stop();
                var after = await db.Set<EvaluationRecord>().AsNoTracking().Where(r => r.EnterpriseId == id).Select(r => r.Total).ToListAsync();
                if (i >= 0)
                {
                    saveMs.Add(watch.Elapsed.TotalMilliseconds);
                    changed += before.Order().SequenceEqual(after.Order()) ? 0 : 1;
                }
            }

            // The floor: the same two facts written by hand, nothing else.
            var (fid, fyear) = targets[random.Next(targets.Count)];
            await using var update = new NpgsqlCommand("""UPDATE enterprises_annual_reports SET "RdSpend" = "Sales" * $1, "RdSpendInChina" = "Sales" * $1 WHERE "EnterpriseId" = $2 AND "Year" = $3""", raw);
            update.Parameters.Add(new NpgsqlParameter<decimal> { TypedValue = share });
            update.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = fid });
            update.Parameters.Add(new NpgsqlParameter<int> { TypedValue = fyear });
            var floorWatch = Stopwatch.StartNew();
            await update.ExecuteNonQueryAsync();
            floorWatch.Stop();
            if (i >= 0)
            {
                floorMs.Add(floorWatch.Elapsed.TotalMilliseconds);
            }
        }

        var figures = new SaveFigures(saves, changed, Percentiles.Of(saveMs), Percentiles.Of(floorMs));
        Console.WriteLine($"save with verdicts: p50 {figures.Save.P50:F2} ms, p95 {figures.Save.P95:F2} ms ({changed} of {saves} changed a stored result); floor (hand UPDATE): p50 {figures.Floor.P50:F2} ms, p95 {figures.Floor.P95:F2} ms");
        return figures;
    }

    private static async Task WriteResultsAsync(string? label, int enterprises, int runs, Load load, (double Seconds, int Rows) warmFloor, (double Seconds, int Rows) warmE2e,
        List<(int Run, string Kind, double Seconds, int Rows)> results, double floorMedian, double e2eMedian, double efMedian, double readerMedian, double writingMedian, double medianRatio, long stored, SaveFigures save)
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
            - **floor** (independent of the module): every column of the zone's enterprises, annual reports, certificates, honours and expert scores
              streamed by a hand-written binary `COPY … TO STDOUT` over Npgsql and parsed into typed values, nothing else.
            - **refresh-reader**: the same rows read with the refresh's own queries and keyset batches, materialised (the floor before #20), for reference.
            - **floor-ef-include**: the refresh's read before the rework (EF Include + split query, batches of 500), for reference only.
            - **e2e**: `EnterpriseEvaluations.RefreshZoneAsync` (read, evaluate every scheme, store the results that changed; {stored:N0} results held).
              The warm-up writes every result; the measured runs find them unchanged and write none, as a nightly refresh mostly would.
            - **e2e-writing**: the same refresh after a hand `UPDATE` (not timed) moved the R&D spend of one enterprise in sixteen (by id) to 1% or 7% of
              sales, alternating by run, so the refresh rewrites the results that change.

            | | median (s) | runs (s) |
            |---|---:|---|
            | floor | {floorMedian:F2} | {string.Join(", ", results.Where(r => r.Kind == "floor").Select(r => r.Seconds.ToString("F2", CultureInfo.InvariantCulture)))} |
            | e2e | {e2eMedian:F2} | {string.Join(", ", results.Where(r => r.Kind == "e2e").Select(r => r.Seconds.ToString("F2", CultureInfo.InvariantCulture)))} |
            | e2e-writing (changed results written) | {writingMedian:F2} | {string.Join(", ", results.Where(r => r.Kind == "e2e-writing").Select(r => r.Seconds.ToString("F2", CultureInfo.InvariantCulture)))} |
            | refresh-reader (reference) | {readerMedian:F2} | {string.Join(", ", results.Where(r => r.Kind == "refresh-reader").Select(r => r.Seconds.ToString("F2", CultureInfo.InvariantCulture)))} |
            | floor-ef-include (old read, reference) | {efMedian:F2} | {string.Join(", ", results.Where(r => r.Kind == "floor-ef-include").Select(r => r.Seconds.ToString("F2", CultureInfo.InvariantCulture)))} |

            **Ratio e2e/floor: {ratio:F2}×** (ratio of medians; median of per-run ratios {medianRatio:F2}×); writing changed results
            {writingMedian / floorMedian:F2}×. Goal ≤ 1.5×: **{(Math.Max(ratio, writingMedian / floorMedian) <= 1.5 ? "met" : "not met")}**.
            End to end: {enterprises / e2eMedian:N0} enterprises/s (median). Warm-up (not counted): floor {warmFloor.Seconds:F2} s, e2e {warmE2e.Seconds:F2} s.
            Raw numbers: `{name}.csv`.

            ## Saving one enterprise's annual data (its verdicts restored in the same save)

            {save.Saves:N0} saves of a random enterprise's latest year with its R&D spend moved between 1% and 7% of sales (so its
            科技型中小企业 result changes), each through `EnterpriseRegistry.SaveYearAsync` in a fresh DI scope as a request would
            (read the enterprise with its years, certificates and honours, validate, stage the year, re-evaluate the enterprise
            against every scheme, stage the changed results, one SaveChanges with the audit trail), alternating with the
            **floor**: the same year's two R&D columns changed by one hand-written `UPDATE` over Npgsql (the write of the fact
            alone: no read, no evaluation, no audit). {save.Changed:N0} of the saves changed at least one stored result.

            | | p50 (ms) | p95 (ms) | p99 (ms) |
            |---|---:|---:|---:|
            | save with verdicts | {save.Save.P50:F2} | {save.Save.P95:F2} | {save.Save.P99:F2} |
            | floor: hand UPDATE | {save.Floor.P50:F2} | {save.Floor.P95:F2} | {save.Floor.P99:F2} |

            Goal p95 < 50 ms: **{(save.Save.P95 < 50 ? "met" : "not met")}** (ratio to the floor at p95 {save.Save.P95 / save.Floor.P95:F1}×, for context:
            the floor does none of the work the goal asks for).

            """);
        await File.WriteAllTextAsync(Path.Combine(dir, name + ".md"), md.ToString());
        Console.WriteLine($"wrote bench/results/{name}.md and .csv");
    }
}
