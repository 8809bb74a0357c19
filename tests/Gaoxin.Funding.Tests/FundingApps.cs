using System.Collections.Concurrent;
using Gaoxin.Data.Seeding;
using Gaoxin.Composition;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Funding.Tests;

/// <summary>One seeded demo app per provider, shared by the tests; each test works in its own fund-year or projects.</summary>
public sealed class FundingApps : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Db, Lazy<Task<FundingApp>>> _apps = new();

    public Task<FundingApp> GetAsync(Db db)
    {
        TestDatabase.SkipUnlessAvailable(db);
        return _apps.GetOrAdd(db, d => new Lazy<Task<FundingApp>>(() => FundingApp.StartAsync(d))).Value;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps.Values.Where(a => a.IsValueCreated && a.Value.IsCompletedSuccessfully))
        {
            await (await app.Value).DisposeAsync();
        }
    }
}

public sealed class FundingApp : IAsyncDisposable
{
    private int _year = 2040;

    private FundingApp(GaoxinApp app, Guid zoneId, IReadOnlyDictionary<string, Guid> organisations)
    {
        App = app;
        ZoneId = zoneId;
        Organisations = organisations;
        Relay = new RelayDriver(app, zoneId, organisations);
    }

    public GaoxinApp App { get; }

    /// <summary>Makes relay projects through TechTransfer's API.</summary>
    public RelayDriver Relay { get; }

    public Guid ZoneId { get; }

    public IReadOnlyDictionary<string, Guid> Organisations { get; }

    /// <summary>The organisation the demo enterprise user acts for (兴储世纪).</summary>
    public Guid EnterpriseOrg => Organisations["兴储世纪"];

    /// <summary>
    /// A fresh app; <paramref name="services"/> may replace more (e.g. a fake TimeProvider). Without <paramref name="relayDemo"/>
    /// TechTransfer's demo seeder does not run: the relay starts empty (and only the platform's demo reviewer exists).
    /// </summary>
    public static async Task<FundingApp> StartAsync(Db db, bool seedDemo = true, Action<IServiceCollection>? services = null, bool relayDemo = true)
    {
        var app = await GaoxinApp.StartAsync(db, seedDemo, services: s =>
        {
            if (!relayDemo)
            {
                foreach (var d in s.Where(d => d.ServiceType == typeof(IDemoSeeder) && !d.IsKeyedService && d.ImplementationType?.Assembly == typeof(Gaoxin.TechTransfer.TechTransferModule).Assembly).ToList())
                {
                    s.Remove(d);
                }
            }

            services?.Invoke(s);
            if (db == Db.Postgres)
            {
                s.ConfigureDbContext<PostgresGaoxinDbContext>((sp, o) => o.UseNpgsql(WithPoolSize(sp.GetRequiredService<IConfiguration>().GetConnectionString("Gaoxin")!)));
            }
        });
        var (zone, orgs) = await app.InScopeAsync(async ctx =>
        {
            var z = await ctx.Zones.SingleAsync(x => x.Code == DemoData.ZoneCode);
            var o = await ctx.Organisations.Where(x => x.ZoneId == z.Id).ToDictionaryAsync(x => x.Name, x => x.Id);
            return (z.Id.Value, (IReadOnlyDictionary<string, Guid>)o);
        });
        return new FundingApp(app, zone, orgs);
    }

    /// <summary>
    /// The server allows 100 connections, shared with other test runs; Npgsql's default pool is also 100. Under the 200-request
    /// load the app must queue for a pooled connection instead of being refused by the server, as a deployment sizes its pool.
    /// </summary>
    private static string WithPoolSize(string connectionString) =>
        new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 30 }.ToString();

    /// <summary>A fund-year no other test of this app (its own database) uses, so tests sharing an app never see each other's money.</summary>
    public int FreshYear()
    {
        var year = Interlocked.Increment(ref _year);
        return year <= 2100 ? year : throw new InvalidOperationException("本测试应用的资金年度已用完（2041–2100），一个应用上的测试太多。");
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
