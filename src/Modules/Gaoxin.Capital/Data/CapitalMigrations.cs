using System.Data.Common;
using Gaoxin.Data.Modules;

namespace Gaoxin.Capital.Data;

// Only for migrations: the module's tables alone, one context per provider. Their migrations are in Migrations/Sqlite
// and Migrations/Postgres next to this file, recorded in the module's own history table. The app runs on the composed context.
internal sealed class CapitalSqliteMigrations(DbConnection? connection = null) : SqliteModuleMigrations<CapitalModule>(connection);

internal sealed class CapitalPostgresMigrations(DbConnection? connection = null) : PostgresModuleMigrations<CapitalModule>(connection);
