using System.Diagnostics;
using Gaoxin.Composition;
using Gaoxin.Data;
using Gaoxin.Data.Audit;
using Gaoxin.Data.Identity;
using Gaoxin.Data.Modules;
using Gaoxin.Kernel.Access;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gaoxin.Cli;

/// <summary>
/// `gaoxin` — the command line over the same modules and database as the web host.
/// Exit codes (<see cref="CliExit"/>): 0 ok, 1 usage or input error, 2 audit chain or fund ledger chain broken, 3 tool or database unavailable.
/// Modules add their own verbs through <see cref="IGaoxinModule.CliCommands"/>.
/// </summary>
public static class CliApp
{
    public const int Ok = CliExit.Ok;
    public const int UsageError = CliExit.UsageError;
    public const int ChainBroken = CliExit.ChainBroken;
    public const int Unavailable = CliExit.Unavailable;

    /// <summary>The verbs the installed modules contribute (e.g. Funding's `ledger verify`).</summary>
    private static readonly IReadOnlyList<CliCommand> ModuleCommands = [.. GaoxinModules.All.SelectMany(m => m.CliCommands)];

    private const string PlatformUsage = """
        用法: gaoxin <命令>
          seed                         应用迁移并写入演示园区（自贡高新区），可重复执行
          migrate                      只应用迁移（PostgreSQL 设了 ConnectionStrings__GaoxinMigrations 时以属主角色迁移并授权运行角色）
          audit verify                 校验审计链，报告第一个断裂的事件
          audit anchor                 把审计链和各模块哈希链的链头写入锚点文件（库外），verify 据此发现截断和改写
        """;

    private const string PlatformUsageTail = """
          backup FILE                  备份数据库（SQLite 在线备份；PostgreSQL 用 pg_dump）
          restore FILE --yes           从备份恢复数据库（会覆盖当前全部数据，须加 --yes 确认）
          users add --email E --name N --role R [--org 机构名称] [--password P]
                                       新建用户；密码也可由环境变量 GAOXIN_PASSWORD 提供
        数据库设置与网站相同：Database__Provider=Sqlite|Postgres，ConnectionStrings__Gaoxin=...
        """;

    /// <summary>The help: the platform's verbs with the modules' listed after `audit verify`, in the same columns.</summary>
    public static string Usage { get; } = string.Join(Environment.NewLine,
        [PlatformUsage, .. ModuleCommands.Select(c => "  " + string.Join(' ', c.Verb).PadRight(29) + c.Help), PlatformUsageTail]);

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await stdout.WriteLineAsync(Usage);
            return args.Length == 0 ? UsageError : Ok;
        }

        DatabaseSettings settings;
        try
        {
            settings = DatabaseSettings.From(configuration, workingDirectory);
        }
        catch (InvalidOperationException ex)
        {
            await stderr.WriteLineAsync(ex.Message);
            return UsageError;
        }

        var services = new ServiceCollection();
        services.AddLogging(b => b.AddConfiguration(configuration.GetSection("Logging")).SetMinimumLevel(LogLevel.Warning));
        services.AddGaoxinData(settings, configuration);
        services.AddSingleton<IAuditActor>(new SystemAuditActor("cli:" + Environment.UserName));
        services.AddGaoxinIdentityCore();
        services.AddScoped<UserAdministration>();
        await using var provider = services.BuildServiceProvider();

        try
        {
            if (ModuleCommands.FirstOrDefault(c => c.Matches(args)) is { } command)
            {
                return await command.RunAsync(new CliInvocation(provider, args[command.Verb.Count..], stdout, stderr, CancellationToken.None));
            }

            return (args[0], args.ElementAtOrDefault(1)) switch
            {
                ("seed", _) => await SeedAsync(provider, stdout),
                ("migrate", _) => await MigrateAsync(provider, stdout),
                ("audit", "verify") => await VerifyAuditAsync(provider, stdout, stderr),
                ("audit", "anchor") => await AnchorAsync(provider, stdout, stderr),
                ("backup", { } file) => await BackupAsync(settings, Path.GetFullPath(file, workingDirectory), stdout, stderr),
                ("restore", { } file) => await RestoreAsync(provider, settings, Path.GetFullPath(file, workingDirectory), args.Skip(2).Contains("--yes"), stdout, stderr),
                ("users", "add") => await AddUserAsync(provider, Options(args.Skip(2)), stdout, stderr),
                _ => await UnknownAsync(stderr),
            };
        }
        catch (DatabaseUnavailableException ex)
        {
            await stderr.WriteLineAsync(ex.Message);
            return Unavailable;
        }
    }

    private static async Task<int> UnknownAsync(TextWriter stderr)
    {
        await stderr.WriteLineAsync("未知命令或缺少参数。");
        await stderr.WriteLineAsync(Usage);
        return UsageError;
    }

    private static async Task<int> SeedAsync(IServiceProvider provider, TextWriter stdout)
    {
        await GaoxinDatabase.PrepareAsync(provider, seedDemo: true);
        await stdout.WriteLineAsync("演示园区已就绪（重复执行不会重复写入）。");
        return Ok;
    }

    private static async Task<int> MigrateAsync(IServiceProvider provider, TextWriter stdout)
    {
        await GaoxinDatabase.PrepareAsync(provider, seedDemo: false);
        await stdout.WriteLineAsync("数据库结构已是最新。");
        return Ok;
    }

    private static async Task<int> VerifyAuditAsync(IServiceProvider provider, TextWriter stdout, TextWriter stderr)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GaoxinDbContext>();
        var result = await AuditVerification.VerifyAsync(db, CancellationToken.None);
        if (result.Intact)
        {
            await stdout.WriteLineAsync($"审计链完整：已校验 {result.Checked} 条事件。");
            return Ok;
        }

        await stderr.WriteLineAsync(result.BrokenAtSequence is { } at
            ? $"审计链断裂：第 {at} 条事件（platform_audit_events.Sequence = {at}）：{result.Reason}"
            : $"审计链无法校验：{result.Reason}");
        return ChainBroken;
    }

    /// <summary>Writes every chain's head to the anchor file; refuses (exit 2) a chain that no longer holds its last anchor.</summary>
    private static async Task<int> AnchorAsync(IServiceProvider provider, TextWriter stdout, TextWriter stderr)
    {
        var custody = provider.GetRequiredService<ChainCustody>();
        if (custody.Anchors is null)
        {
            await stderr.WriteLineAsync("此数据库没有锚点文件（内存数据库）；请设置 Gaoxin:AnchorFile。");
            return UsageError;
        }

        var code = Ok;
        foreach (var outcome in await ChainAnchoring.AnchorAsync(provider, TimeProvider.System, null, CancellationToken.None))
        {
            if (outcome.Refused is { } reason)
            {
                await stderr.WriteLineAsync($"{outcome.Chain}：{reason}");
                code = ChainBroken;
            }
            else if (outcome.Written is { } anchor)
            {
                await stdout.WriteLineAsync($"{outcome.Chain}：已锚定到第 {anchor.Sequence} 条（{anchor.Hash[..16]}…），写入 {custody.Anchors.Path}");
            }
            else
            {
                await stdout.WriteLineAsync($"{outcome.Chain}：自上次锚定以来没有新记录。");
            }
        }

        return code;
    }

    /// <summary>
    /// After a restore: an audit event in the restored database's chain (who, which file, its SHA-256) and a fresh anchor,
    /// since the restored chain replaces the one the anchor file knew.
    /// </summary>
    private static readonly System.Text.Json.JsonSerializerOptions DetailsJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static async Task RecordRestoreAsync(IServiceProvider provider, string file, TextWriter stdout)
    {
        string sha;
        await using (var stream = File.OpenRead(file))
        {
            sha = Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(stream));
        }

        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GaoxinDbContext>();
            var details = System.Text.Json.JsonSerializer.Serialize(new { File = file, Sha256 = sha, RestoredBy = "cli:" + Environment.UserName }, DetailsJson);
            await db.RecordEventAsync("restore", "Database", Path.GetFileName(file), details, CancellationToken.None);
        }

        await ChainAnchoring.AnchorAsync(provider, TimeProvider.System, "restore " + sha, CancellationToken.None);
        await stdout.WriteLineAsync($"已在审计链中记录本次恢复（SHA-256 {sha}）并重新锚定。");
    }

    private static async Task<int> BackupAsync(DatabaseSettings settings, string file, TextWriter stdout, TextWriter stderr)
    {
        // Never overwrite: an existing file may be the only good backup (pg_dump would replace it silently).
        if (File.Exists(file))
        {
            await stderr.WriteLineAsync($"文件 {file} 已存在，不会覆盖。");
            return UsageError;
        }

        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            // SQLite's online backup copies a consistent snapshot while the app keeps running.
            await using var source = new SqliteConnection(settings.ConnectionString);
            await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
            await source.OpenAsync();
            await target.OpenAsync();
            source.BackupDatabase(target);
            await stdout.WriteLineAsync($"已备份到 {file}");
            return Ok;
        }

        return await RunPostgresToolAsync("pg_dump", settings, ["--format=custom", "--no-owner", "--file", file], stdout, stderr, $"已备份到 {file}");
    }

    private static async Task<int> RestoreAsync(IServiceProvider provider, DatabaseSettings settings, string file, bool confirmed, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(file))
        {
            await stderr.WriteLineAsync($"备份文件 {file} 不存在。");
            return UsageError;
        }

        if (!confirmed)
        {
            await stderr.WriteLineAsync($"恢复会用 {file} 覆盖 {settings.Describe()} 的全部当前数据，且不可撤销。确认无误后请加 --yes 再运行；未做任何更改。");
            return UsageError;
        }

        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await using var target = new SqliteConnection(settings.ConnectionString);
            if (!await IsIntactSqliteAsync(source))
            {
                await stderr.WriteLineAsync($"{file} 不是完好的 SQLite 备份，未做任何更改。");
                return UsageError;
            }

            await target.OpenAsync();
            source.BackupDatabase(target);
            await target.CloseAsync();
            SqliteConnection.ClearAllPools();
            await stdout.WriteLineAsync($"已从 {file} 恢复。");
            await RecordRestoreAsync(provider, file, stdout);
            return Ok;
        }

        // Dropping and re-creating the tables is the owner's right, not the runtime role's.
        var asOwner = settings.MigrationConnectionString is { } owner ? settings with { ConnectionString = owner } : settings;
        var restored = await RunPostgresToolAsync("pg_restore", asOwner, ["--clean", "--if-exists", "--no-owner", "--single-transaction", file], stdout, stderr, $"已从 {file} 恢复。");
        if (restored == Ok)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await RecordRestoreAsync(provider, file, stdout);
        }

        return restored;
    }

    private static async Task<bool> IsIntactSqliteAsync(SqliteConnection source)
    {
        try
        {
            await source.OpenAsync();
            await using var check = source.CreateCommand();
            check.CommandText = "PRAGMA integrity_check;";
            return await check.ExecuteScalarAsync() as string == "ok";
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    private static async Task<int> RunPostgresToolAsync(string tool, DatabaseSettings settings, string[] args, TextWriter stdout, TextWriter stderr, string done)
    {
        var pg = new Npgsql.NpgsqlConnectionStringBuilder(settings.ConnectionString);
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--host", pg.Host ?? "localhost", "--port", pg.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--username", pg.Username ?? "postgres", "--dbname", pg.Database ?? "postgres" }.Concat(args))
        {
            start.ArgumentList.Add(a);
        }

        // The password travels in the environment, never on the command line where `ps` would show it.
        start.Environment["PGPASSWORD"] = pg.Password ?? string.Empty;
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            await stderr.WriteLineAsync($"找不到 {tool}：请安装 PostgreSQL 客户端工具（Debian: apt-get install postgresql-client）后重试。");
            return Unavailable;
        }

        if (process is null)
        {
            await stderr.WriteLineAsync($"无法启动 {tool}。");
            return Unavailable;
        }

        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            await stderr.WriteLineAsync($"{tool} 失败（退出码 {process.ExitCode}）：{errors.Trim()}");
            return Unavailable;
        }

        await stdout.WriteLineAsync(done);
        return Ok;
    }

    private static async Task<int> AddUserAsync(IServiceProvider provider, Dictionary<string, string> options, TextWriter stdout, TextWriter stderr)
    {
        string? Get(string key) => options.GetValueOrDefault(key);
        var email = Get("email");
        var name = Get("name");
        var role = Get("role");
        var password = Get("password") ?? Environment.GetEnvironmentVariable("GAOXIN_PASSWORD");
        if (email is null || name is null || role is null || password is null)
        {
            await stderr.WriteLineAsync("users add 需要 --email、--name、--role 和密码（--password 或环境变量 GAOXIN_PASSWORD）。");
            return UsageError;
        }

        if (!Roles.IsKnown(role))
        {
            await stderr.WriteLineAsync($"角色“{role}”不存在。可选：{string.Join("、", Roles.All)}。");
            return UsageError;
        }

        await GaoxinDatabase.PrepareAsync(provider, seedDemo: false);
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GaoxinDbContext>();
        var zone = await db.Zones.AsNoTracking().OrderBy(z => z.Code).FirstOrDefaultAsync();
        if (zone is null)
        {
            await stderr.WriteLineAsync("数据库中还没有园区：请先运行 `gaoxin seed`，或由部署脚本创建园区。");
            return UsageError;
        }

        Guid? orgId = null;
        if (Get("org") is { } orgName)
        {
            var org = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.ZoneId == zone.Id && o.Name == orgName);
            if (org is null)
            {
                await stderr.WriteLineAsync($"机构“{orgName}”不存在。");
                return UsageError;
            }

            orgId = org.Id;
        }

        var result = await scope.ServiceProvider.GetRequiredService<UserAdministration>()
            .CreateAsync(zone.Id.Value, new NewUser(email, name, role, orgId, password), CancellationToken.None);
        if (!result.Succeeded)
        {
            foreach (var (field, messages) in result.Errors)
            {
                await stderr.WriteLineAsync($"{field}: {string.Join(" ", messages)}");
            }

            return UsageError;
        }

        await stdout.WriteLineAsync($"已创建用户 {email}（{role}）。");
        return Ok;
    }

    /// <summary>Reads "--key value" pairs.</summary>
    private static Dictionary<string, string> Options(IEnumerable<string> args)
    {
        var list = args.ToList();
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < list.Count - 1; i++)
        {
            if (list[i].StartsWith("--", StringComparison.Ordinal))
            {
                options[list[i][2..]] = list[i + 1];
                i++;
            }
        }

        return options;
    }
}
