using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gaoxin.Data;

/// <summary>
/// An EF compiled query, compiled once per model: EF binds a compiled query to the first model it runs on and refuses
/// any other, and one process may hold both providers' models (the tests run SQLite and PostgreSQL side by side).
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = [];

    public TQuery For(DbContext db) => _byModel.GetValue(db.Model, _ => compile());
}
