using Gaoxin.Data;
using Gaoxin.Data.Audit;
using Gaoxin.Data.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gaoxin.Composition;

/// <summary>The database on SQLite: the embedded default, one file under data/.</summary>
public sealed class SqliteGaoxinDbContext(DbContextOptions<SqliteGaoxinDbContext> options, IEnumerable<IGaoxinModule> modules, IAuditActor actor, TimeProvider clock,
    ChainCustody? custody = null)
    : GaoxinDbContext(options, modules, actor, clock, custody)
{
    // Provider conventions (UTC ticks for DateTimeOffset) are GaoxinConventions', shared with the migration contexts.
    public override bool IsPostgres => false;
}

/// <summary>The database on PostgreSQL: the production store.</summary>
public sealed class PostgresGaoxinDbContext(DbContextOptions<PostgresGaoxinDbContext> options, IEnumerable<IGaoxinModule> modules, IAuditActor actor, TimeProvider clock,
    ChainCustody? custody = null)
    : GaoxinDbContext(options, modules, actor, clock, custody)
{
    public override bool IsPostgres => true;

    /// <summary>Binary COPY into the entity's table, columns and conversions taken from the model.</summary>
    public override async Task InsertDerivedAsync<T>(IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entity = Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Select(p => (Name: p.GetColumnName(table)!, Getter: p.GetGetter(), Converter: p.GetTypeMapping().Converter))
            .ToArray();
        var target = (entity.GetSchema() is { } schema ? Quote(schema) + "." : string.Empty) + Quote(table.Name);
        var sql = $"COPY {target} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";

        var connection = (Npgsql.NpgsqlConnection)Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await using var importer = await connection.BeginBinaryImportAsync(sql, cancellationToken);
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                foreach (var (_, getter, converter) in columns)
                {
                    var value = getter.GetClrValue(row);
                    if (value is not null && converter is not null)
                    {
                        value = converter.ConvertToProvider(value);
                    }

                    if (value is null)
                    {
                        await importer.WriteNullAsync(cancellationToken);
                    }
                    else
                    {
                        await importer.WriteAsync(value, cancellationToken);
                    }
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }
        finally
        {
            if (opened)
            {
                await Database.CloseConnectionAsync();
            }
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
