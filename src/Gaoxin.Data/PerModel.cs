using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gaoxin.Data;

/// <summary>
/// Something built from an EF model once per model: a compiled query (EF binds one to the first model it runs on and
/// refuses any other) or a hand reader of entities (<see cref="EntityRows{T}"/>). One process may hold both providers'
/// models: the tests run SQLite and PostgreSQL side by side.
/// </summary>
public sealed class PerModel<T>(Func<IModel, T> build)
    where T : class
{
    private readonly ConditionalWeakTable<IModel, T> _byModel = [];

    public T For(DbContext db) => _byModel.GetValue(db.Model, model => build(model));
}
