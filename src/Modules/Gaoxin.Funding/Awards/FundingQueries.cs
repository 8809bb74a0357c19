using Gaoxin.Data;
using Gaoxin.Kernel.Zones;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Funding.Awards;

/// <summary>
/// The reads every approval and payment makes before it queues, compiled once. A LINQ query is rebuilt, walked for its
/// parameters and looked up in EF's cache on each run; at a few hundred money changes a second that was a tenth of the
/// web host's CPU.
/// </summary>
internal static class FundingQueries
{
    public static readonly PerModel<Func<GaoxinDbContext, Guid, ZoneId, CancellationToken, Task<FundApplication?>>> Application = new(_ =>
        EF.CompileAsyncQuery((GaoxinDbContext db, Guid id, ZoneId zone, CancellationToken ct) =>
            db.Set<FundApplication>().AsNoTracking().FirstOrDefault(a => a.Id == id && a.ZoneId == zone)));

    public static readonly PerModel<Func<GaoxinDbContext, Guid, ZoneId, CancellationToken, Task<FundApplication?>>> TrackedApplication = new(_ =>
        EF.CompileAsyncQuery((GaoxinDbContext db, Guid id, ZoneId zone, CancellationToken ct) =>
            db.Set<FundApplication>().FirstOrDefault(a => a.Id == id && a.ZoneId == zone)));

    /// <summary>The award with its tranches.</summary>
    public static readonly PerModel<Func<GaoxinDbContext, Guid, ZoneId, CancellationToken, Task<Award?>>> Award = new(_ =>
        EF.CompileAsyncQuery((GaoxinDbContext db, Guid id, ZoneId zone, CancellationToken ct) =>
            db.Set<Award>().AsNoTracking().Include(a => a.Tranches).FirstOrDefault(a => a.Id == id && a.ZoneId == zone)));

    public static readonly PerModel<Func<GaoxinDbContext, Guid, ZoneId, CancellationToken, Task<Award?>>> TrackedAward = new(_ =>
        EF.CompileAsyncQuery((GaoxinDbContext db, Guid id, ZoneId zone, CancellationToken ct) =>
            db.Set<Award>().Include(a => a.Tranches).FirstOrDefault(a => a.Id == id && a.ZoneId == zone)));
}
