using System.Data.Common;
using Gaoxin.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gaoxin.Composition;

/// <summary>
/// Databases created before migrations were split per part (one set in Gaoxin.Composition, recorded in
/// <c>__ef_migrations_history</c>) already have the schema of the parts' initial migrations, which reproduce it exactly.
/// On such a database, and only once it has the old set's last migration, each of those parts' initial migration is
/// recorded as applied in the part's own history table instead of being run. The old history table is left as it was.
/// </summary>
internal static class LegacyHistory
{
    public const string Table = "__ef_migrations_history";

    /// <summary>The old set's last migration on each provider: the only state the squashed migrations reproduce.</summary>
    public const string LastSqlite = "20261126215739_FundingInitial";

    public const string LastPostgres = "20261126215743_FundingInitial";

    /// <summary>The parts whose initial migration replaced the old set; a module added later migrates normally.</summary>
    private static readonly HashSet<string> SquashedParts = new(StringComparer.Ordinal)
    {
        "platform", "enterprises", "tech-transfer", "industry", "indicators", "funding",
    };

    public static bool IsSquashed(string part) => SquashedParts.Contains(part);

    public static async Task BaselineAsync(GaoxinDbContext db, DbConnection connection, CancellationToken ct)
    {
        var last = db.IsPostgres ? LastPostgres : LastSqlite;
        var exists = db.IsPostgres
            ? "SELECT COUNT(*) AS \"Value\" FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = '" + Table + "'"
            : "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '" + Table + "'";
        if (await db.Database.SqlQueryRaw<int>(exists).SingleAsync(ct) == 0)
        {
            return;
        }

        var atLast = await db.Database.SqlQueryRaw<int>(
            "SELECT COUNT(*) AS \"Value\" FROM \"" + Table + "\" WHERE \"MigrationId\" = {0}", last).SingleAsync(ct);
        if (atLast == 0)
        {
            throw new InvalidOperationException(
                $"数据库由旧版迁移创建，但未升级到旧版的最后一个迁移（{last}）：请先用旧版本启动一次以完成升级。");
        }

        foreach (var part in GaoxinDatabase.MigrationParts.Where(p => SquashedParts.Contains(p.Name)))
        {
            await using var migrations = part.Create(db.IsPostgres, connection);
            var history = migrations.GetService<IHistoryRepository>();
            await history.CreateIfNotExistsAsync(ct);
            if ((await history.GetAppliedMigrationsAsync(ct)).Count > 0)
            {
                continue;
            }

            var initial = migrations.Database.GetMigrations().First();
            await migrations.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(initial, ProductInfo.GetVersion())), ct);
        }
    }
}
