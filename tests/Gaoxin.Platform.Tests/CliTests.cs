using System.Diagnostics;
using Gaoxin.Cli;
using Gaoxin.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Gaoxin.Platform.Tests;

public sealed class CliTests
{
    private static IConfiguration ConfigFor(TestDatabase db) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Database:Provider"] = db.Kind.ToString(),
        ["ConnectionStrings:Gaoxin"] = db.ConnectionString,
    }).Build();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seed_is_repeatable_and_users_add_creates_a_user_who_can_sign_in(Db kind)
    {
        await using var app = await GaoxinApp.StartAsync(kind, seedDemo: false);
        var config = ConfigFor(app.Database);

        (await AuditTests.RunCliAsync(config, "seed")).Code.ShouldBe(CliApp.Ok);
        var events = await app.InScopeAsync(ctx => ctx.AuditEvents.LongCountAsync());
        (await AuditTests.RunCliAsync(config, "seed")).Code.ShouldBe(CliApp.Ok);
        (await app.InScopeAsync(ctx => ctx.AuditEvents.LongCountAsync())).ShouldBe(events);

        var (code, output, error) = await AuditTests.RunCliAsync(config, "users", "add", "--email", "ops@zigong.demo", "--name", "运维", "--role", "InstituteUser", "--org", "重庆大学", "--password", "Ops@2025x");
        code.ShouldBe(CliApp.Ok, error);
        output.ShouldContain("ops@zigong.demo");
        var me = await (await (await app.SignedInAsync("ops@zigong.demo", "Ops@2025x")).GetAsync("/api/v1/me")).ReadJsonAsync();
        me.GetProperty("roles")[0].GetString().ShouldBe("InstituteUser");

        var cliEvent = await app.InScopeAsync(ctx => ctx.AuditEvents.OrderByDescending(e => e.Sequence).FirstAsync(e => e.EntityType == "GaoxinUser"));
        cliEvent.Actor.ShouldStartWith("cli:");

        var refused = await AuditTests.RunCliAsync(config, "users", "add", "--email", "bad@zigong.demo", "--name", "错", "--role", "InstituteUser", "--org", "兴储世纪", "--password", "Ops@2025x");
        refused.Code.ShouldBe(CliApp.UsageError);
        refused.Error.ShouldContain("Institute");
        (await AuditTests.RunCliAsync(config, "users", "add", "--email", "x@zigong.demo")).Code.ShouldBe(CliApp.UsageError);
        (await AuditTests.RunCliAsync(config, "frobnicate")).Code.ShouldBe(CliApp.UsageError);
    }

    [Fact]
    public async Task Help_lists_the_verbs_modules_contribute_in_the_platforms_columns()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        (await CliApp.RunAsync(["--help"], new ConfigurationBuilder().Build(), output, error, Path.GetTempPath())).ShouldBe(CliApp.Ok);
        var lines = output.ToString().Split(Environment.NewLine);
        lines.ShouldContain("  audit verify                 校验审计链，报告第一个断裂的事件");
        lines.ShouldContain("  ledger verify                校验中试专项资金台账的哈希链，报告第一个断裂的分录");
        lines.ShouldContain("  backup FILE                  备份数据库（SQLite 在线备份；PostgreSQL 用 pg_dump）");
    }

    [Fact]
    public async Task Sqlite_backup_and_restore_round_trip_while_the_app_runs()
    {
        await using var app = await GaoxinApp.StartAsync(Db.Sqlite);
        var config = ConfigFor(app.Database);
        var backup = Path.Combine(Path.GetTempPath(), $"gaoxin-backup-{Guid.NewGuid():N}.db");
        try
        {
            (await AuditTests.RunCliAsync(config, "backup", backup)).Code.ShouldBe(CliApp.Ok);
            (await AuditTests.RunCliAsync(config, "backup", backup)).Code.ShouldBe(CliApp.UsageError, "an existing file is never overwritten");

            var admin = await app.SignedInAsync("admin@zigong.demo");
            (await admin.PostJsonAsync("/api/v1/organisations", new { name = "备份之后的机构", kind = "Investor" })).EnsureSuccessStatusCode();

            var unconfirmed = await AuditTests.RunCliAsync(config, "restore", backup);
            unconfirmed.Code.ShouldBe(CliApp.UsageError);
            unconfirmed.Error.ShouldContain("请加 --yes");
            var restored = await AuditTests.RunCliAsync(config, "restore", backup, "--yes");
            restored.Code.ShouldBe(CliApp.Ok, restored.Error);
            (await app.InScopeAsync(ctx => ctx.Organisations.AnyAsync(o => o.Name == "备份之后的机构"))).ShouldBeFalse();
            (await app.InScopeAsync(ctx => AuditVerification.VerifyAsync(ctx, CancellationToken.None))).Intact.ShouldBeTrue();

            var notSqlite = Path.GetTempFileName();
            await File.WriteAllTextAsync(notSqlite, "这不是数据库");
            (await AuditTests.RunCliAsync(config, "restore", notSqlite, "--yes")).Code.ShouldNotBe(CliApp.Ok);
            (await app.InScopeAsync(ctx => ctx.Organisations.CountAsync())).ShouldBeGreaterThan(0);
            File.Delete(notSqlite);
        }
        finally
        {
            File.Delete(backup);
        }
    }

    [Fact]
    public async Task Postgres_backup_and_restore_use_pg_dump_when_present()
    {
        TestDatabase.SkipUnlessAvailable(Db.Postgres);
        Assert.SkipWhen(!OnPath("pg_dump") || !OnPath("pg_restore"), "pg_dump/pg_restore not on PATH: PostgreSQL backup test skipped.");
        await using var app = await GaoxinApp.StartAsync(Db.Postgres);
        var config = ConfigFor(app.Database);
        var backup = Path.Combine(Path.GetTempPath(), $"gaoxin-backup-{Guid.NewGuid():N}.dump");
        try
        {
            var dumped = await AuditTests.RunCliAsync(config, "backup", backup);
            dumped.Code.ShouldBe(CliApp.Ok, dumped.Error);
            var length = new FileInfo(backup).Length;
            (await AuditTests.RunCliAsync(config, "backup", backup)).Code.ShouldBe(CliApp.UsageError, "an existing file is never overwritten");
            new FileInfo(backup).Length.ShouldBe(length);
            var admin = await app.SignedInAsync("admin@zigong.demo");
            (await admin.PostJsonAsync("/api/v1/organisations", new { name = "备份之后的机构", kind = "Investor" })).EnsureSuccessStatusCode();

            Npgsql.NpgsqlConnection.ClearAllPools();
            var unconfirmed = await AuditTests.RunCliAsync(config, "restore", backup);
            unconfirmed.Code.ShouldBe(CliApp.UsageError);
            unconfirmed.Error.ShouldContain("请加 --yes");
            var restored = await AuditTests.RunCliAsync(config, "restore", backup, "--yes");
            restored.Code.ShouldBe(CliApp.Ok, restored.Error);
            (await app.InScopeAsync(ctx => ctx.Organisations.AnyAsync(o => o.Name == "备份之后的机构"))).ShouldBeFalse();
            (await app.InScopeAsync(ctx => AuditVerification.VerifyAsync(ctx, CancellationToken.None))).Intact.ShouldBeTrue();
        }
        finally
        {
            File.Delete(backup);
        }
    }

    [Fact]
    public async Task Postgres_backup_without_pg_dump_says_so()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Gaoxin"] = "Host=127.0.0.1;Database=none;Username=none;Password=none",
        }).Build();
        var path = Environment.GetEnvironmentVariable("PATH");
        try
        {
            Environment.SetEnvironmentVariable("PATH", "/nonexistent");
            var (code, _, error) = await AuditTests.RunCliAsync(config, "backup", Path.Combine(Path.GetTempPath(), "never.dump"));
            code.ShouldBe(CliApp.Unavailable);
            error.ShouldContain("找不到 pg_dump");
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", path);
        }
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(dir => File.Exists(Path.Combine(dir, tool)));
}

public sealed class StartupTests
{
    [Fact]
    public async Task An_unreachable_database_stops_the_app_with_one_clear_line_and_a_non_zero_exit()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "Gaoxin.Web", "bin", Configuration, "net10.0", "Gaoxin.Web.dll");
        File.Exists(web).ShouldBeTrue(web);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = Path.GetDirectoryName(web)! };
        start.ArgumentList.Add(web);
        start.Environment["Database__Provider"] = "Postgres";
        start.Environment["ConnectionStrings__Gaoxin"] = "Host=127.0.0.1;Port=1;Database=gaoxin;Username=gaoxin;Password=x;Timeout=3";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        using var process = Process.Start(start)!;
        var errorTask = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        var error = (await errorTask).Trim();

        process.ExitCode.ShouldNotBe(0);
        error.Split('\n').Length.ShouldBe(1, error);
        error.ShouldStartWith("无法连接数据库（PostgreSQL 127.0.0.1:1/gaoxin）");
        error.ShouldNotContain("Password=x");
    }

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gaoxin.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Gaoxin.slnx not found above " + AppContext.BaseDirectory);
    }
}
