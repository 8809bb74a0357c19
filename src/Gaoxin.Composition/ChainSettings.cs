using System.Security.Cryptography;
using Gaoxin.Data.Audit;
using Gaoxin.Kernel.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gaoxin.Composition;

/// <summary>
/// Where the chain key and the anchor file come from. Neither lives in the database.
/// <list type="bullet">
/// <item>Key: Gaoxin:ChainKey (or the environment variable GAOXIN_CHAIN_KEY), at least 16 bytes of text; else the key
/// file Gaoxin:ChainKeyFile; else gaoxin-chain.key in the chain directory, generated on first use (mode 600). A
/// production deployment sets the key, or puts the key file where the database's users cannot read it.</item>
/// <item>Chain directory: Gaoxin:ChainDirectory (or GAOXIN_CHAIN_DIR); else the SQLite file's folder; else the app's data/.</item>
/// <item>Anchor file: Gaoxin:AnchorFile; else next to the SQLite file (gaoxin.db.anchors.jsonl); for PostgreSQL
/// anchors-{host}-{port}-{database}.jsonl in the chain directory.</item>
/// <item>Schedule: Gaoxin:AnchorMinutes (default 10; 0 turns the scheduled anchor off).</item>
/// </list>
/// </summary>
public static class ChainSettings
{
    public const string KeyVariable = "GAOXIN_CHAIN_KEY";
    public const string DirectoryVariable = "GAOXIN_CHAIN_DIR";
    public const string KeyFileName = "gaoxin-chain.key";

    public static IServiceCollection AddGaoxinChains(this IServiceCollection services, DatabaseSettings settings, IConfiguration configuration)
    {
        services.AddSingleton(_ => Custody(settings, configuration));
        services.AddSingleton<IChainHead, AuditChainHead>();
        services.AddHostedService(sp => new ChainAnchorService(sp, sp.GetRequiredService<TimeProvider>(),
            TimeSpan.FromMinutes(configuration.GetValue("Gaoxin:AnchorMinutes", 10d)), sp.GetRequiredService<ILogger<ChainAnchorService>>()));
        return services;
    }

    public static ChainCustody Custody(DatabaseSettings settings, IConfiguration configuration)
    {
        var sqliteFile = settings.Provider == DatabaseProvider.Sqlite ? SqliteFile(settings.ConnectionString) : null;
        var directory = Setting(configuration, "Gaoxin:ChainDirectory", DirectoryVariable)
            ?? (sqliteFile is not null ? Path.GetDirectoryName(sqliteFile) : null)
            ?? settings.DataDirectory
            ?? Path.Combine(AppContext.BaseDirectory, "data");
        var key = Key(configuration, directory);
        var anchorFile = configuration["Gaoxin:AnchorFile"] is { Length: > 0 } configured
            ? configured
            : sqliteFile is not null
                ? sqliteFile + ".anchors.jsonl"
                : settings.Provider == DatabaseProvider.Postgres
                    ? Path.Combine(directory, PostgresAnchorName(settings.ConnectionString))
                    : null;
        return new ChainCustody(key, anchorFile is null ? null : new AnchorLog(anchorFile, key));
    }

    private static ChainKey Key(IConfiguration configuration, string directory)
    {
        if (Setting(configuration, "Gaoxin:ChainKey", KeyVariable) is { } text)
        {
            return System.Text.Encoding.UTF8.GetByteCount(text) >= ChainKey.MinimumBytes
                ? ChainKey.FromText(text)
                : throw new InvalidOperationException($"链密钥（Gaoxin:ChainKey / {KeyVariable}）至少需要 {ChainKey.MinimumBytes} 字节。");
        }

        var file = configuration["Gaoxin:ChainKeyFile"] is { Length: > 0 } configured ? configured : Path.Combine(directory, KeyFileName);
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                using var stream = new FileStream(file, options);
                using var writer = new StreamWriter(stream);
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            }
            catch (IOException) when (File.Exists(file))
            {
                // Another process made it first: read theirs.
            }
        }

        for (var attempt = 0; ; attempt++)
        {
            var stored = File.ReadAllText(file).Trim();
            if (stored.Length > 0)
            {
                try
                {
                    return new ChainKey(Convert.FromBase64String(stored));
                }
                catch (FormatException)
                {
                    throw new InvalidOperationException($"链密钥文件 {file} 不是 Base64 文本。");
                }
                catch (ArgumentException)
                {
                    throw new InvalidOperationException($"链密钥文件 {file} 中的密钥少于 {ChainKey.MinimumBytes} 字节。");
                }
            }

            if (attempt == 50)
            {
                throw new InvalidOperationException($"链密钥文件 {file} 是空的。");
            }

            // The process that created it is still writing.
            Thread.Sleep(20);
        }
    }

    private static string? Setting(IConfiguration configuration, string key, string variable) =>
        configuration[key] is { Length: > 0 } value ? value
        : Environment.GetEnvironmentVariable(variable) is { Length: > 0 } env ? env
        : null;

    private static string? SqliteFile(string connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return string.IsNullOrEmpty(source) || source.Equals(":memory:", StringComparison.OrdinalIgnoreCase) || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            ? null
            : Path.GetFullPath(source);
    }

    private static string PostgresAnchorName(string connectionString)
    {
        var pg = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var name = $"anchors-{pg.Host}-{pg.Port}-{pg.Database}";
        return string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')) + ".jsonl";
    }
}

/// <summary>Anchors the chains' heads on a schedule (Gaoxin:AnchorMinutes), so a later truncation or rewrite shows at verify.</summary>
public sealed class ChainAnchorService(IServiceProvider services, TimeProvider clock, TimeSpan every, ILogger<ChainAnchorService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (every <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(every, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            // Off the timer's callback: when the clock jumps (a resumed VM, a test's fake clock), the missed periods
            // then fold into one pass instead of running one anchoring per period inline.
            await Task.Yield();
            try
            {
                foreach (var outcome in await ChainAnchoring.AnchorAsync(services, clock, null, stoppingToken))
                {
                    if (outcome.Refused is { } reason)
                    {
                        log.LogError("链 {Chain} 未锚定：{Reason}", outcome.Chain, reason);
                    }
                }
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or IOException)
            {
                log.LogWarning(ex, "定时锚定失败，下次再试。");
            }
        }
    }
}
