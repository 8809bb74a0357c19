using Gaoxin.Data;
using Gaoxin.Data.Platform;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Platform.Tests;

public sealed class CompiledQueryTests
{
    private static int _compiled;

    private static readonly PerModel<Func<GaoxinDbContext, string, CancellationToken, Task<Zone?>>> ZoneByCode = new(_ =>
    {
        Interlocked.Increment(ref _compiled);
        return EF.CompileAsyncQuery((GaoxinDbContext db, string code, CancellationToken ct) => db.Zones.AsNoTracking().FirstOrDefault(z => z.Code == code));
    });

    /// <summary>
    /// EF binds a compiled query to the first model it runs on and refuses any other; one process may hold both providers'
    /// models, so the fund's hot reads are compiled once per model.
    /// </summary>
    [Fact]
    public async Task A_query_compiled_per_model_runs_on_both_providers_in_one_process_and_compiles_once_for_each()
    {
        TestDatabase.SkipUnlessAvailable(Db.Postgres);
        await using var sqlite = await GaoxinApp.StartAsync(Db.Sqlite);
        await using var postgres = await GaoxinApp.StartAsync(Db.Postgres);
        var before = Volatile.Read(ref _compiled);

        foreach (var app in new[] { sqlite, postgres, sqlite, postgres })
        {
            var zone = await app.InScopeAsync(db => ZoneByCode.For(db)(db, "zigong", CancellationToken.None));
            zone.ShouldNotBeNull().Name.ShouldContain("自贡");
            (await app.InScopeAsync(db => ZoneByCode.For(db)(db, "no-such-zone", CancellationToken.None))).ShouldBeNull();
        }

        (Volatile.Read(ref _compiled) - before).ShouldBe(2, "one compilation for each provider's model, kept across contexts");
    }
}
