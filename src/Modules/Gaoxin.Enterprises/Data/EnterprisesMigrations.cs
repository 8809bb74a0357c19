using System.Data.Common;
using Gaoxin.Data.Modules;

namespace Gaoxin.Enterprises.Data;

// Only for migrations: the module's tables alone, one context per provider. Their migrations are in Migrations/Sqlite
// and Migrations/Postgres next to this file, recorded in the module's own history table. The app runs on the composed context.
internal sealed class EnterprisesSqliteMigrations(DbConnection? connection = null) : SqliteModuleMigrations<EnterprisesModule>(connection);

internal sealed class EnterprisesPostgresMigrations(DbConnection? connection = null) : PostgresModuleMigrations<EnterprisesModule>(connection);
