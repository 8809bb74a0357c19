namespace Gaoxin.Data.Seeding;

/// <summary>
/// Adds a module's demo data (the Zigong zone of the report). Must be idempotent: running it on an already
/// seeded database changes nothing. Seeders run in <see cref="Order"/>; the platform's runs first (order 0).
/// </summary>
public interface IDemoSeeder
{
    int Order { get; }

    Task SeedAsync(GaoxinDbContext db, DemoZone zone, CancellationToken cancellationToken);
}

/// <summary>What a module seeder needs to know about the demo zone the platform created.</summary>
public sealed record DemoZone(Guid ZoneId, IReadOnlyDictionary<string, Guid> OrganisationsByName);
