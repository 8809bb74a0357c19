using System.Data.Common;
using Gaoxin.Data.Modules;

namespace Gaoxin.Platforms.Data;

// Only for migrations: the module's tables alone, one context per provider. Their migrations are in Migrations/Sqlite
// and Migrations/Postgres next to this file, recorded in the module's own history table. The app runs on the composed context.
internal sealed class PlatformsSqliteMigrations(DbConnection? connection = null) : SqliteModuleMigrations<PlatformsModule>(connection);

internal sealed class PlatformsPostgresMigrations(DbConnection? connection = null) : PostgresModuleMigrations<PlatformsModule>(connection);
