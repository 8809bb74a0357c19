using System.Data.Common;
using Gaoxin.Data.Modules;

namespace Gaoxin.Sample.Data;

// Only for migrations: the module's tables alone, one context per provider. Their migrations are in Migrations/Sqlite
// and Migrations/Postgres next to this file, recorded in the module's own history table. The app runs on the composed context.
internal sealed class SampleSqliteMigrations(DbConnection? connection = null) : SqliteModuleMigrations<SampleModule>(connection);

internal sealed class SamplePostgresMigrations(DbConnection? connection = null) : PostgresModuleMigrations<SampleModule>(connection);
