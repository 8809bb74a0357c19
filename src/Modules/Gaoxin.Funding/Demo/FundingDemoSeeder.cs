using Gaoxin.Data;
using Gaoxin.Data.Seeding;

namespace Gaoxin.Funding.Demo;

internal sealed class FundingDemoSeeder : IDemoSeeder
{
    public int Order => 40;

    public Task SeedAsync(GaoxinDbContext db, DemoZone zone, CancellationToken cancellationToken) => Task.CompletedTask;
}
