using System.Data.Common;
using Gaoxin.Data.Modules;

namespace Gaoxin.Mobility.Data;

// Only for migrations: the module's tables alone, one context per provider. Their migrations are in Migrations/Sqlite
// and Migrations/Postgres next to this file, recorded in the module's own history table. The app runs on the composed context.
internal sealed class MobilitySqliteMigrations(DbConnection? connection = null) : SqliteModuleMigrations<MobilityModule>(connection);

internal sealed class MobilityPostgresMigrations(DbConnection? connection = null) : PostgresModuleMigrations<MobilityModule>(connection);
