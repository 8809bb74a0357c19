using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Gaoxin.Composition;
using Gaoxin.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gaoxin.Web.Hosting;

/// <summary>
/// /healthz (live: the process answers and the database connects) and /readyz (ready to take traffic: the database
/// answers, no migration of any part is pending, a CJK font for PDFs is installed, the data directory has free space).
/// /readyz answers 200 or 503 with every check's state as JSON.
/// </summary>
public static class Readiness
{
    public const string Live = "live";
    public const string Ready = "ready";

    /// <summary>Free space below this on the data directory's disk makes the app not ready (default 1024 MB).</summary>
    public const string MinFreeDiskSetting = "Gaoxin:Readiness:MinFreeDiskMb";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), WriteIndented = true };

    public static IServiceCollection AddGaoxinHealth(this IServiceCollection services, IConfiguration configuration)
    {
        var minFreeMb = configuration.GetValue<long?>(MinFreeDiskSetting) ?? 1024;
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [Live, Ready])
            .AddCheck("pdf-fonts", new PdfFontHealthCheck(() => Gaoxin.Data.Documents.ChineseFont.Available), tags: [Live])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [Ready])
            .AddCheck("fonts", new PdfFontHealthCheck(() => Gaoxin.Data.Documents.ChineseFont.Available, HealthStatus.Unhealthy), tags: [Ready])
            .Add(new HealthCheckRegistration("disk", sp => new DiskSpaceHealthCheck(DataFolder(sp.GetRequiredService<DatabaseSettings>()), minFreeMb * 1024 * 1024), null, [Ready]));
        return services;
    }

    public static void MapGaoxinHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Live) }).AllowAnonymous();
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync }).AllowAnonymous();
    }

    /// <summary>Where the data lives on this machine: the SQLite file's folder, else the app's data directory (chain key, anchors, backups).</summary>
    public static string DataFolder(DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Provider == DatabaseProvider.Sqlite
            && Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource)) is { Length: > 0 } folder)
        {
            return folder;
        }

        return settings.DataDirectory ?? AppContext.BaseDirectory;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data.Count == 0 ? null : e.Value.Data,
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }
}

/// <summary>/readyz: unhealthy while any part (the platform, a module, the key ring) has a migration not yet applied, naming each.</summary>
internal sealed class MigrationsHealthCheck(GaoxinDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = await GaoxinDatabase.PendingMigrationsAsync(db, cancellationToken);
            if (pending.Count == 0)
            {
                return HealthCheckResult.Healthy("数据库结构已是最新");
            }

            var byPart = pending.GroupBy(p => p.Part).ToDictionary(g => g.Key, g => (object)g.Select(p => p.Migration).ToArray());
            return HealthCheckResult.Unhealthy(
                $"有 {pending.Count} 个迁移尚未应用（{string.Join("；", byPart.Keys)}）：请以属主角色运行 gaoxin migrate。", data: byPart);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("无法读取迁移记录：数据库不可连接");
        }
    }
}

/// <summary>/readyz: unhealthy when the disk holding the data has less free space than the threshold.</summary>
public sealed class DiskSpaceHealthCheck(string folder, long minFreeBytes) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // The folder may not exist yet (nothing written there so far): its disk is its nearest existing parent's.
        var existing = new DirectoryInfo(Path.GetFullPath(folder));
        while (!existing.Exists && existing.Parent is not null)
        {
            existing = existing.Parent;
        }

        var free = new DriveInfo(existing.FullName).AvailableFreeSpace;
        var data = new Dictionary<string, object> { ["folder"] = folder, ["freeMb"] = free / 1024 / 1024, ["minFreeMb"] = minFreeBytes / 1024 / 1024 };
        return Task.FromResult(free >= minFreeBytes
            ? HealthCheckResult.Healthy("数据目录所在磁盘空间充足", data)
            : HealthCheckResult.Unhealthy($"数据目录所在磁盘剩余 {free / 1024 / 1024} MB，低于下限 {minFreeBytes / 1024 / 1024} MB", data: data));
    }
}
