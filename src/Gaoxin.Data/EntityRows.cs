using System.Collections.Concurrent;
using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gaoxin.Data;

/// <summary>
/// Whole entities read by hand from a data reader, by the model's own mapping (columns, value converters, setters), for a
/// read that must ride in another command's round trip, where EF cannot run a query: the fund's batch reads its records
/// in the same round trip as its lock. Only plain mapped properties; an entity with shadow or complex properties is refused.
/// </summary>
public sealed class EntityRows<T>
    where T : class, new()
{
    private readonly (string Column, Func<DbDataReader, int, object?> Read, ValueConverter? Converter, Action<T, object?> Set)[] _columns;

    private static readonly PerModel<EntityRows<T>> ByModel = new(model => new EntityRows<T>(model));

    /// <summary>The reader for <paramref name="db"/>'s model, built once per model.</summary>
    public static EntityRows<T> For(DbContext db) => ByModel.For(db);

    private EntityRows(IModel model)
    {
        var type = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        if (type.GetProperties().Any(p => p.IsShadowProperty()) || type.GetComplexProperties().Any())
        {
            throw new InvalidOperationException($"{typeof(T).Name} has shadow or complex properties, which EntityRows does not read.");
        }

        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        _columns = type.GetProperties().Select(p =>
        {
            var converter = p.GetTypeMapping().Converter;
            var stored = Nullable.GetUnderlyingType(converter?.ProviderClrType ?? p.ClrType) ?? converter?.ProviderClrType ?? p.ClrType;
            return (p.GetColumnName(table)!, Readers.GetOrAdd(stored, MakeReader), converter, Setter(p));
        }).ToArray();
        Select = "SELECT " + string.Join(", ", _columns.Select(c => $"t.\"{c.Column}\"")) + $" FROM {Quote(type.GetSchema())}\"{table.Name}\" t";
    }

    /// <summary>`SELECT every mapped column FROM the table t`, for the caller to add its WHERE (columns as t."Name").</summary>
    public string Select { get; }

    /// <summary>The current result set's rows as entities (not tracked: attach them to track).</summary>
    public async Task<List<T>> ReadAsync(DbDataReader reader, CancellationToken ct)
    {
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            var entity = new T();
            for (var i = 0; i < _columns.Length; i++)
            {
                var (_, read, converter, set) = _columns[i];
                var value = reader.IsDBNull(i) ? null : read(reader, i);
                if (value is not null && converter is not null)
                {
                    value = converter.ConvertFromProvider(value);
                }

                set(entity, value);
            }

            rows.Add(entity);
        }

        return rows;
    }

    /// <summary>The property's setter (an init accessor too), else its backing field.</summary>
    private static Action<T, object?> Setter(IProperty p)
    {
        if (p.PropertyInfo?.SetMethod is { } setter)
        {
            return (entity, value) => setter.Invoke(entity, [value]);
        }

        var field = p.FieldInfo ?? throw new InvalidOperationException($"{typeof(T).Name}.{p.Name} has neither a setter nor a backing field.");
        return (entity, value) => field.SetValue(entity, value);
    }

    private static string Quote(string? schema) => schema is null ? string.Empty : $"\"{schema}\".";

    private static readonly ConcurrentDictionary<Type, Func<DbDataReader, int, object?>> Readers = new();

    private static readonly MethodInfo Typed = typeof(EntityRows<T>).GetMethod(nameof(ReadTyped), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>GetFieldValue of the stored type: GetValue would give DateTime for a date or a timestamptz.</summary>
    private static Func<DbDataReader, int, object?> MakeReader(Type stored) =>
        Typed.MakeGenericMethod(stored).CreateDelegate<Func<DbDataReader, int, object?>>();

    private static object? ReadTyped<TValue>(DbDataReader reader, int ordinal) => reader.GetFieldValue<TValue>(ordinal);
}
