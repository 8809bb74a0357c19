using System.Data.Common;
using Gaoxin.Data.Modules;

namespace Gaoxin.Scenes.Data;

// Only for migrations: the module's tables alone, one context per provider. Their migrations are in Migrations/Sqlite
// and Migrations/Postgres next to this file, recorded in the module's own history table. The app runs on the composed context.
internal sealed class ScenesSqliteMigrations(DbConnection? connection = null) : SqliteModuleMigrations<ScenesModule>(connection);

internal sealed class ScenesPostgresMigrations(DbConnection? connection = null) : PostgresModuleMigrations<ScenesModule>(connection);
