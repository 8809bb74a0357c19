using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Gaoxin.Composition;
using Gaoxin.Contracts;
using Gaoxin.Contracts.Industry;
using Gaoxin.Data;
using Gaoxin.Data.Audit;
using Gaoxin.Enterprises.Demo;
using Gaoxin.Indicators.Cockpit;
using Gaoxin.Indicators.Reports;
using Gaoxin.Indicators.Series;
using Gaoxin.Industry.Chains;
using Gaoxin.Industry.Gaps;
using Gaoxin.Industry.Leads;
using Gaoxin.Industry.Projects;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Gaoxin.Bench;

/// <summary>
/// The cockpit's data request (<c>CockpitData.BuildAsync</c>, what GET /api/v1/indicators/cockpit answers) at province scale, against the
/// floor of the same aggregates as hand-written SQL, alternating in the same run; and period-report generation (PDF + Excel).
/// <code>dotnet run -c Release --project bench/Gaoxin.Bench -- cockpit --provider sqlite|postgres [--zones 20] [--enterprises 5000] [--requests 200]</code>
/// PostgreSQL needs GAOXIN_BENCH_PG (a role that may CREATE DATABASE).
/// </summary>
internal static class CockpitBench
{
    private const string Usage = "cockpit --provider sqlite|postgres [--zones 20] [--enterprises 5000] [--requests 200] [--reports 10]";

    public static async Task<int> RunAsync(string[] args)
    {
        string? providerName = null;
        int zones = 20, perZone = 5000, requests = 200, reports = 10;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--provider": providerName = args[++i].ToLowerInvariant(); break;
                case "--zones": zones = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--enterprises": perZone = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--requests": requests = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--reports": reports = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default:
                    await Console.Error.WriteLineAsync($"unknown option {args[i]}\nusage: {Usage}");
                    return 2;
            }
        }

        var postgres = providerName == "postgres";
        if (providerName is not ("postgres" or "sqlite"))
        {
            await Console.Error.WriteLineAsync("usage: " + Usage);
            return 2;
        }

        var pg = Environment.GetEnvironmentVariable("GAOXIN_BENCH_PG");
        if (postgres && string.IsNullOrWhiteSpace(pg))
        {
            await Console.Error.WriteLineAsync("GAOXIN_BENCH_PG is not set: give a PostgreSQL connection string whose role may CREATE DATABASE.");
            return 2;
        }

        const string database = "gaoxin_bench_cockpit";
        string connection;
        string? sqliteFolder = null;
        if (postgres)
        {
            await EnterprisesE2e.RecreateDatabaseAsync(pg!, database);
            connection = new NpgsqlConnectionStringBuilder(pg) { Database = database }.ConnectionString;
        }
        else
        {
            sqliteFolder = Path.Combine(Path.GetTempPath(), "gaoxin-bench-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(sqliteFolder);
            connection = $"Data Source={Path.Combine(sqliteFolder, "gaoxin.db")}";
        }

        Console.WriteLine($"cockpit: {(postgres ? "PostgreSQL" : "SQLite")}, {zones} zones × {perZone:N0} enterprises, {requests} requests each side, {Environment.ProcessorCount} cores");
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = postgres ? "Postgres" : "Sqlite",
                ["ConnectionStrings:Gaoxin"] = connection,
            }).Build();
            var services = new ServiceCollection();
            services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
            services.AddGaoxinData(DatabaseSettings.From(configuration, Directory.GetCurrentDirectory()), configuration);
            services.AddSingleton<IAuditActor>(new SystemAuditActor("bench"));
            services.AddGaoxinIdentityCore();
            await using var provider = services.BuildServiceProvider();
            await GaoxinDatabase.PrepareAsync(provider, seedDemo: false);

            var load = Stopwatch.StartNew();
            var zoneIds = new List<Guid>();
            var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
            for (var z = 0; z < zones; z++)
            {
                var zone = new ZoneId(Guid.CreateVersion7());
                zoneIds.Add(zone.Value);
                var plan = DemoEnterprises.Build(zone, new Dictionary<string, Guid>(), today, perZone, seed: 20251028 + z);
                await using var scope = provider.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<GaoxinDbContext>();
                if (postgres)
                {
                    await EnterprisesE2e.LoadAsync(connection, zone, perZone, "bench" + z, analyze: false);
                }

                await db.Database.OpenConnectionAsync();
                await using var tx = await db.Database.BeginTransactionAsync();
                if (!postgres)
                {
                    await InsertAsync(db, [new Gaoxin.Data.Platform.Zone { Id = zone, Name = "基准高新区" + z, Code = "bench" + z, DivisionCode = "510300" }]);
                    await InsertAsync(db, plan.Enterprises);
                    await InsertAsync(db, plan.Enterprises.SelectMany(e => e.Years));
                    await InsertAsync(db, plan.Enterprises.SelectMany(e => e.Certificates));
                }

                await InsertAsync(db, plan.Transformations);
                await LoadIndustryAsync(db, zone, plan.Enterprises.Select(e => (e.Id, e.Name)).ToList(), today, z);
                await LoadIndicatorsAsync(db, zone, today, z);
                await tx.CommitAsync();
                Console.Write($"\rloaded zone {z + 1}/{zones} ({load.Elapsed.TotalSeconds:F0} s)");
            }

            Console.WriteLine();
            if (postgres)
            {
                await using var c = new NpgsqlConnection(connection);
                await c.OpenAsync();
                await using var vacuum = new NpgsqlCommand("VACUUM ANALYZE", c) { CommandTimeout = 900 };
                await vacuum.ExecuteNonQueryAsync();
            }

            var loadSeconds = load.Elapsed.TotalSeconds;

            // Warm-up of both sides on every zone, not counted.
            foreach (var zone in zoneIds)
            {
                await CockpitAsync(provider, zone);
                await FloorAsync(provider, zone, postgres, today);
            }

            Console.WriteLine("warm-up done");
            var app = new List<double>();
            var floor = new List<double>();
            for (var r = 0; r < requests; r++)
            {
                var zone = zoneIds[r % zoneIds.Count];
                if (r % 2 == 0)
                {
                    app.Add(await TimeAsync(() => CockpitAsync(provider, zone)));
                    floor.Add(await TimeAsync(() => FloorAsync(provider, zone, postgres, today)));
                }
                else
                {
                    floor.Add(await TimeAsync(() => FloorAsync(provider, zone, postgres, today)));
                    app.Add(await TimeAsync(() => CockpitAsync(provider, zone)));
                }

                if (r % 20 == 19)
                {
                    Console.WriteLine($"{r + 1} requests: cockpit p50 {Percentile(app, 0.5):F1} ms, floor p50 {Percentile(floor, 0.5):F1} ms");
                }
            }

            // Where the cockpit's time goes: each part on its own, same zones, p50 of 20.
            var parts = new List<(string Part, double P50)>();
            foreach (var (part, work) in new (string, Func<IServiceProvider, Guid, Task>)[]
            {
                ("enterprise counts (IEnterpriseDirectory.CountsAsync)", (sp, z) => sp.GetRequiredService<Gaoxin.Contracts.Enterprises.IEnterpriseDirectory>().CountsAsync(z, CancellationToken.None)),
                ("industry overview (IIndustryFigures.OverviewAsync)", (sp, z) => sp.GetRequiredService<IIndustryFigures>().OverviewAsync(z, null, CancellationToken.None)),
                ("indicators (latest period, values, targets)", async (sp, z) =>
                {
                    var book = sp.GetRequiredService<IndicatorBook>();
                    var period = await book.LatestPeriodAsync(z, false, CancellationToken.None);
                    await book.ValuesAsync(z, null, period!.Code, false, CancellationToken.None);
                    await book.TargetsAsync(z, CancellationToken.None);
                }),
            })
            {
                var times = new List<double>();
                for (var r = 0; r < 20; r++)
                {
                    await using var scope = provider.CreateAsyncScope();
                    var zone = zoneIds[r % zoneIds.Count];
                    times.Add(await TimeAsync(() => work(scope.ServiceProvider, zone)));
                }

                parts.Add((part, Percentile(times, 0.5)));
            }

            var reportTimes = new List<double>();
            var pdfBytes = 0;
            for (var r = 0; r < reports; r++)
            {
                var zone = zoneIds[r % zoneIds.Count];
                reportTimes.Add(await TimeAsync(async () =>
                {
                    await using var scope = provider.CreateAsyncScope();
                    var data = await scope.ServiceProvider.GetRequiredService<PeriodReport>().BuildAsync(zone, today.Year - 1, 9, CancellationToken.None);
                    pdfBytes = PeriodReport.Pdf(data, "基准高新区").Length;
                    using var excel = PeriodReport.Excel(data);
                }));
            }

            var check = await CockpitAsync(provider, zoneIds[0]);
            await WriteAsync(postgres, zones, perZone, requests, loadSeconds, app, floor, reportTimes, pdfBytes, check, parts);
            return 0;
        }
        finally
        {
            if (postgres)
            {
                NpgsqlConnection.ClearAllPools();
                await EnterprisesE2e.DropDatabaseAsync(pg!, database);
            }
            else if (sqliteFolder is not null)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(sqliteFolder, recursive: true);
            }
        }
    }

    private static async Task<double> TimeAsync(Func<Task> work)
    {
        var sw = Stopwatch.StartNew();
        await work();
        return sw.Elapsed.TotalMilliseconds;
    }

    /// <summary>What one request to the cockpit API does: a fresh scope (its own DbContext), the whole cockpit for a zone.</summary>
    private static async Task<CockpitView> CockpitAsync(IServiceProvider provider, Guid zone)
    {
        await using var scope = provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CockpitData>().BuildAsync(zone, CancellationToken.None);
    }

    /// <summary>
    /// The floor: the same aggregates as hand-written SQL on one connection — latest period and its values with the year before,
    /// targets with the latest annual value, enterprise counts, highest rung per enterprise, transformed above-size firms,
    /// per-node presence (rolled up the tree in memory), composition by industry, open and stale leads, project progress.
    /// </summary>
    private static async Task<int> FloorAsync(IServiceProvider provider, Guid zone, bool postgres, DateOnly today)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GaoxinDbContext>();
        var c = db.Database.GetDbConnection();
        await c.OpenAsync();
        object Id(Guid g) => postgres ? g : g.ToString().ToUpperInvariant();
        object Day(DateOnly d) => postgres ? d : d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var rows = 0;
        async Task<List<object?[]>> Q(string sql, params (string Name, object Value)[] ps)
        {
            await using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            foreach (var (name, value) in ps)
            {
                var p = cmd.CreateParameter();
                p.ParameterName = name;
                p.Value = value;
                cmd.Parameters.Add(p);
            }

            var list = new List<object?[]>();
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var values = new object?[reader.FieldCount];
                reader.GetValues(values!);
                list.Add(values);
            }

            rows += list.Count;
            return list;
        }

        var z = ("@z", Id(zone));
        var latest = await Q("""
            SELECT p."Year", p."Month" FROM indicators_periods p
            WHERE p."ZoneId" = @z AND EXISTS (SELECT 1 FROM indicators_values v WHERE v."PeriodId" = p."Id")
            ORDER BY p."Year" DESC, p."Month" DESC LIMIT 1
            """, z);
        if (latest.Count > 0)
        {
            var year = Convert.ToInt32(latest[0][0], CultureInfo.InvariantCulture);
            var month = Convert.ToInt32(latest[0][1], CultureInfo.InvariantCulture);
            await Q("""
                SELECT d."Code", d."Name", d."Unit", p."Year", v."Value", v."ComparableGrowth"
                FROM indicators_values v JOIN indicators_definitions d ON d."Id" = v."DefinitionId" JOIN indicators_periods p ON p."Id" = v."PeriodId"
                WHERE v."ZoneId" = @z AND p."Month" = @m AND (p."Year" = @y OR p."Year" = @y - 1)
                """, z, ("@m", month), ("@y", year));
        }

        await Q("""
            SELECT d."Code", t."Year", t."Value",
              (SELECT v."Value" FROM indicators_values v JOIN indicators_periods p ON p."Id" = v."PeriodId"
               WHERE v."DefinitionId" = t."DefinitionId" AND p."Month" = 12 ORDER BY p."Year" DESC LIMIT 1)
            FROM indicators_targets t JOIN indicators_definitions d ON d."Id" = t."DefinitionId" WHERE t."ZoneId" = @z
            """, z);
        await Q("""SELECT count(*), sum(CASE WHEN "AboveDesignatedSize" THEN 1 ELSE 0 END) FROM enterprises_enterprises WHERE "ZoneId" = @z""", z);
        await Q("""
            SELECT rung, count(*) FROM (
              SELECT c."EnterpriseId", min(CASE c."Scheme" WHEN 'LittleGiant' THEN 1 WHEN 'SpecialisedSme' THEN 2 WHEN 'InnovativeSme' THEN 3 WHEN 'HighTech' THEN 4 WHEN 'TechSme' THEN 5 END) AS rung
              FROM enterprises_certificates c WHERE c."ZoneId" = @z AND c."ValidFrom" <= @today AND c."ValidTo" >= @today GROUP BY c."EnterpriseId") x
            GROUP BY rung
            """, z, ("@today", Day(today)));
        await Q("""
            SELECT count(*) FROM enterprises_enterprises e WHERE e."ZoneId" = @z AND e."AboveDesignatedSize"
              AND EXISTS (SELECT 1 FROM enterprises_transformations t WHERE t."ZoneId" = @z AND t."EnterpriseId" = e."Id" AND t."CompletedOn" IS NOT NULL AND t."CompletedOn" <= @today)
            """, z, ("@today", Day(today)));
        var outputYear = await Q("""SELECT max(o."Year") FROM industry_placement_outputs o WHERE o."ZoneId" = @z""", z);
        var y0 = outputYear[0][0] is null or DBNull ? today.Year - 1 : Convert.ToInt32(outputYear[0][0], CultureInfo.InvariantCulture);
        var nodes = await Q("""
            SELECT n."Id", n."ParentId", p."EnterpriseId", p."KeyFirm", o."Output"
            FROM industry_nodes n LEFT JOIN industry_placements p ON p."NodeId" = n."Id"
              LEFT JOIN industry_placement_outputs o ON o."PlacementId" = p."Id" AND o."Year" = @y
            WHERE n."ZoneId" = @z
            """, z, ("@y", y0));
        RollUp(nodes);
        await Q("""
            SELECT c."IndustryId", count(DISTINCT p."EnterpriseId"), sum(o."Output")
            FROM industry_placements p JOIN industry_nodes n ON n."Id" = p."NodeId" JOIN industry_chains c ON c."Id" = n."ChainId"
              LEFT JOIN industry_placement_outputs o ON o."PlacementId" = p."Id" AND o."Year" = @y
            WHERE p."ZoneId" = @z GROUP BY c."IndustryId"
            """, z, ("@y", y0));
        var staleBefore = DateTimeOffset.UtcNow.AddDays(-30);
        await Q("""
            SELECT count(*), sum(CASE WHEN "LastStepAt" <= @stale THEN 1 ELSE 0 END) FROM industry_leads WHERE "ZoneId" = @z AND "Stage" <> 'Producing'
            """, z, ("@stale", postgres ? staleBefore : new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter().ConvertToProvider(staleBefore)!));
        await Q("""
            SELECT pr."Id", pr."Name", pr."Investment", count(m."Id"), sum(CASE WHEN m."DoneOn" IS NOT NULL THEN 1 ELSE 0 END)
            FROM industry_projects pr LEFT JOIN industry_milestones m ON m."ProjectId" = pr."Id" WHERE pr."ZoneId" = @z GROUP BY pr."Id", pr."Name", pr."Investment"
            """, z);
        return rows;
    }

    /// <summary>Each node's distinct firms over its subtree, as the map does it.</summary>
    private static void RollUp(List<object?[]> rows)
    {
        var parent = new Dictionary<string, string?>();
        var firms = new Dictionary<string, HashSet<string>>();
        foreach (var r in rows)
        {
            var id = r[0]!.ToString()!;
            parent[id] = r[1] is null or DBNull ? null : r[1]!.ToString();
            if (!firms.TryGetValue(id, out var set))
            {
                firms[id] = set = [];
            }

            if (r[2] is not null and not DBNull)
            {
                set.Add(r[2]!.ToString()!);
            }
        }

        foreach (var (id, set) in firms.ToList())
        {
            for (var p = parent[id]; p is not null; p = parent.GetValueOrDefault(p))
            {
                firms[p].UnionWith(set);
            }
        }
    }

    /// <summary>Plain INSERTs through EF's own type mappings (so converters apply), in the caller's transaction; no audit, as for a data load.</summary>
    private static async Task InsertAsync<T>(GaoxinDbContext db, IEnumerable<T> rows) where T : class
    {
        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException(typeof(T).Name);
        var table = type.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, type.GetSchema());
        var props = type.GetProperties().Where(p => p.PropertyInfo is not null).ToList();
        var mappings = props.Select(p => (RelationalTypeMapping)p.GetRelationalTypeMapping()).ToList();
        await using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        cmd.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", props.Select(p => "\"" + p.GetColumnName(store) + "\""))}) VALUES ({string.Join(", ", props.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)))})";
        foreach (var row in rows)
        {
            cmd.Parameters.Clear();
            for (var i = 0; i < props.Count; i++)
            {
                cmd.Parameters.Add(mappings[i].CreateParameter(cmd, "@p" + i.ToString(CultureInfo.InvariantCulture), props[i].PropertyInfo!.GetValue(row), props[i].IsNullable));
            }

            await cmd.ExecuteNonQueryAsync();
        }
    }

    /// <summary>A zone's industry system: the demo's shape (6 industries, 5 chains of 12 links with nesting) with 10% of firms placed, 3 years of output, 30 leads, 2 projects.</summary>
    private static async Task LoadIndustryAsync(GaoxinDbContext db, ZoneId zone, List<(Guid Id, string Name)> enterprises, DateOnly today, int seed)
    {
        var random = new Random(seed);
        var industries = Enumerable.Range(0, 6).Select(i => new IndustryEntry
        {
            ZoneId = zone, Name = "产业" + i, Category = (ZoneIndustry)(i < 4 ? i + 1 : 9), Tier = i < 3 ? IndustryTier.Leading : i < 5 ? IndustryTier.Advantage : IndustryTier.Future, SortOrder = i,
        }).ToList();
        var chains = Enumerable.Range(0, 5).Select(i => new Chain { ZoneId = zone, IndustryId = industries[i].Id, Name = "产业链" + i }).ToList();
        var nodes = new List<ChainNode>();
        foreach (var chain in chains)
        {
            for (var n = 0; n < 12; n++)
            {
                var parent = n % 4 == 3 ? nodes[^1] : null;
                nodes.Add(new ChainNode { ZoneId = zone, ChainId = chain.Id, ParentId = parent?.Id, Name = chain.Name + "-环节" + n, Segment = parent?.Segment ?? (ChainSegment)(1 + (n % 3)), SortOrder = n });
            }
        }

        var placements = new List<Placement>();
        var outputs = new List<PlacementOutput>();
        foreach (var e in enterprises.Where((_, i) => i % 10 == 0))
        {
            // Some links stay empty so the maps have gaps.
            var node = nodes[random.Next(nodes.Count)];
            if (node.SortOrder % 5 == 4)
            {
                continue;
            }

            var p = new Placement { ZoneId = zone, NodeId = node.Id, EnterpriseId = e.Id, EnterpriseName = e.Name, KeyFirm = random.Next(10) == 0 };
            placements.Add(p);
            for (var y = today.Year - 3; y < today.Year; y++)
            {
                outputs.Add(new PlacementOutput { ZoneId = zone, PlacementId = p.Id, Year = y, Output = random.Next(1_000, 200_000) * 1_000m });
            }
        }

        var now = DateTimeOffset.UtcNow;
        var leads = Enumerable.Range(0, 30).Select(i =>
        {
            var lead = Lead.Register(zone, nodes[i % nodes.Count].Id, "线索企业" + i, null, null, "招商" + (i % 3), null, null, now.AddDays(-90), "bench");
            lead.Step((LeadStage)(1 + (i % 7)), "跟进", null, null, null, now.AddDays(-(i * 2)), "bench");
            return lead;
        }).ToList();
        var projects = Enumerable.Range(0, 2).Select(i => MajorProject.Register(zone, "重大项目" + i, null, null, 180_000_000m, 25_000m, null, today.AddYears(-1),
            today.AddYears(1), null, null)).ToList();
        foreach (var p in projects)
        {
            for (var m = 0; m < 4; m++)
            {
                p.AddMilestone("节点" + m, today.AddMonths(m * 4 - 6), m < 2 ? today.AddMonths(m * 4 - 6) : null, today);
            }
        }

        var milestones = projects.SelectMany(p => p.Milestones).ToList();

        await InsertAsync(db, [IndustrySettings.Defaults(zone)]);
        await InsertAsync(db, industries);
        await InsertAsync(db, chains);
        await InsertAsync(db, nodes.Where(n => n.ParentId is null));
        await InsertAsync(db, nodes.Where(n => n.ParentId is not null));
        await InsertAsync(db, placements);
        await InsertAsync(db, outputs);
        await InsertAsync(db, leads);
        await InsertAsync(db, projects);
        await InsertAsync(db, milestones);
    }

    /// <summary>10 years of 7 indicators, cumulative quarters (3, 6, 9, 12), and a target.</summary>
    private static async Task LoadIndicatorsAsync(GaoxinDbContext db, ZoneId zone, DateOnly today, int seed)
    {
        var random = new Random(seed);
        var codes = new[] { "GDP", "IVA", "SVA", "FAI", "IOV", "TAX", "RD" };
        var definitions = codes.Select((c, i) => new IndicatorDefinition { ZoneId = zone, Code = c, Name = "指标" + c, Unit = "亿元", Published = i != 5, SortOrder = i }).ToList();
        var periods = new List<ReportingPeriod>();
        for (var y = today.Year - 10; y < today.Year; y++)
        {
            foreach (var m in new[] { 3, 6, 9, 12 })
            {
                periods.Add(ReportingPeriod.Define(zone, y, m, new DateOnly(y, m, 1).AddMonths(1)));
            }
        }

        var values = definitions.SelectMany(d => periods.Select(p => new IndicatorValue
        {
            ZoneId = zone, DefinitionId = d.Id, PeriodId = p.Id, Value = Math.Round((100m + ((p.Year - today.Year + 10) * 8m)) * p.Month / 12m + random.Next(0, 100) / 10m, 2),
            ComparableGrowth = random.Next(30, 120) / 10m,
        })).ToList();
        await InsertAsync(db, definitions);
        await InsertAsync(db, periods);
        await InsertAsync(db, values);
        await InsertAsync(db, [new IndicatorTarget { ZoneId = zone, DefinitionId = definitions[0].Id, Year = today.Year + 4, Value = 500m, SetOn = today }]);
    }

    private static double Percentile(List<double> values, double p)
    {
        var v = values.Order().ToArray();
        return v[(int)Math.Clamp(Math.Ceiling(p * v.Length) - 1, 0, v.Length - 1)];
    }

    private static async Task WriteAsync(bool postgres, int zones, int perZone, int requests, double loadSeconds, List<double> app, List<double> floor, List<double> reports, int pdfBytes, CockpitView check, List<(string Part, double P50)> parts)
    {
        var name = postgres ? "cockpit-postgres" : "cockpit-sqlite";
        var (a50, a95, f50, f95) = (Percentile(app, 0.5), Percentile(app, 0.95), Percentile(floor, 0.5), Percentile(floor, 0.95));
        var line = $"app p50 {a50:F1} ms p95 {a95:F1} ms; floor p50 {f50:F1} ms p95 {f95:F1} ms; p95 ratio {a95 / f95:F2}x; report p50 {Percentile(reports, 0.5):F0} ms";
        Console.WriteLine(line);
        var dir = Path.Combine(Directory.GetCurrentDirectory(), "bench", "results");
        Directory.CreateDirectory(dir);
        var csv = new StringBuilder("kind,ms\n");
        foreach (var x in app)
        {
            csv.Append(CultureInfo.InvariantCulture, $"cockpit,{x:F3}\n");
        }

        foreach (var x in floor)
        {
            csv.Append(CultureInfo.InvariantCulture, $"floor,{x:F3}\n");
        }

        foreach (var x in reports)
        {
            csv.Append(CultureInfo.InvariantCulture, $"report,{x:F3}\n");
        }

        await File.WriteAllTextAsync(Path.Combine(dir, name + ".csv"), csv.ToString());
        var goal = postgres ? $"Goal (PostgreSQL): p95 under 100 ms — **{(a95 < 100 ? "met" : "not met")}**; within 2× of the floor — **{(a95 / f95 <= 2 ? "met" : "not met")}**." : "The goal is set for PostgreSQL; SQLite is shown for the embedded default.";
        var md = string.Create(CultureInfo.InvariantCulture, $"""
            # Cockpit data request on {(postgres ? "PostgreSQL" : "SQLite")} vs hand-written SQL

            Generated by `dotnet run -c Release --project bench/Gaoxin.Bench -- cockpit --provider {(postgres ? "postgres" : "sqlite")} --zones {zones} --enterprises {perZone} --requests {requests}`
            on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores (shared with other work), .NET {Environment.Version}{(postgres ? ", PostgreSQL 15 on the same machine" : string.Empty)}.

            - Data: {zones} zones × {perZone:N0} enterprises = {zones * perZone:N0} enterprises (DemoEnterprises: 3 years of reports, certificates, transformation projects),
              per zone 6 industries, 5 chains × 12 links, 10% of firms placed with 3 years of output, 30 leads, 2 projects, 7 indicators × 10 years × 4 cumulative quarters, 1 target.
              Loaded in {loadSeconds:F0} s.
            - **cockpit**: `CockpitData.BuildAsync(zone)` in a fresh DI scope — what `GET /api/v1/indicators/cockpit` does after authentication: the latest period's indicators
              with both growth rates, targets with required growth, enterprise counts by rung and the smart-transformation rate (through `IEnterpriseDirectory`), the industry
              overview (through `IIndustryFigures`: composition, every chain map with strengths, leads, projects). Relay and fund panels: read through their contracts when those modules are installed (the bench zones hold no relay projects or fund entries; those modules are measured at scale by their own benches).
            - **floor**: the same aggregates as hand-written SQL on one connection (13 statements), node presence rolled up the tree in memory.
            - Alternating per request (even: cockpit first; odd: floor first), zones round-robin, after one warm-up of each side per zone. Times in ms.

            | | p50 | p95 | max |
            |---|---:|---:|---:|
            | cockpit | {a50:F1} | {a95:F1} | {app.Max():F1} |
            | floor (hand-written SQL) | {f50:F1} | {f95:F1} | {floor.Max():F1} |

            **p95 ratio cockpit/floor: {a95 / f95:F2}×** (p50 ratio {a50 / f50:F2}×). {goal}

            Period report ("{PeriodReport.TitleOf(DateTime.UtcNow.Year - 1, 9)}"-style, PDF with chart + Excel, data read included), {reports.Count} runs:
            p50 {Percentile(reports, 0.5):F0} ms, max {reports.Max():F0} ms (PDF {pdfBytes:N0} bytes).

            Where the time goes (each part alone, p50 of 20 requests, ms): {string.Join("; ", parts.Select(p => $"{p.Part} {p.P50:F1}"))}.

            Sanity check of the last cockpit: {check.Enterprises.Figures?.Total:N0} enterprises in the zone, {check.Indicators.Count} indicator values, {check.Industry.Figures?.Chains.Count} chains.
            Raw numbers: `{name}.csv`.
            """);
        await File.WriteAllTextAsync(Path.Combine(dir, name + ".md"), md);
    }
}
