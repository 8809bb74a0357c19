using Gaoxin.Data.Audit;
using Gaoxin.Data.Identity;
using Gaoxin.Data.Modules;
using Gaoxin.Data.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Data;

/// <summary>
/// The one database: platform tables (zones, organisations, identity, tokens, audit) plus each module's model part.
/// Provider-specific subclasses (SQLite, PostgreSQL) live in Gaoxin.Composition. Migrations are not this context's:
/// the platform and each module keep their own (see <see cref="MigrationPart"/>).
/// </summary>
public abstract class GaoxinDbContext : IdentityDbContext<GaoxinUser, IdentityRole, string>
{
    private readonly IReadOnlyList<IGaoxinModule> _modules;
    private readonly AuditTrail _audit;

    protected GaoxinDbContext(DbContextOptions options, IEnumerable<IGaoxinModule> modules, IAuditActor actor, TimeProvider clock, ChainCustody? custody = null)
        : base(options)
    {
        _modules = modules.ToList();
        Custody = custody ?? ChainCustody.None;
        _audit = new AuditTrail(this, actor, clock);
    }

    /// <summary>The chain key and anchor file: the audit trail and the fund ledger hash their links with the key.</summary>
    public ChainCustody Custody { get; }

    public DbSet<Zone> Zones => Set<Zone>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<PersonalAccessToken> AccessTokens => Set<PersonalAccessToken>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    /// <summary>
    /// Names <paramref name="who"/> in the audit trail for every change made in this context since the last call or save,
    /// so one save can carry several people's changes (the fund's group commit). False if nothing had changed.
    /// </summary>
    public bool AttributeChanges(IAuditActor who) => _audit.Attribute(who);

    /// <summary>Whether anything has changed in this context since the last <see cref="AttributeChanges"/> or save.</summary>
    public bool HasUnattributedChanges() => _audit.HasUnattributedChanges();

    /// <summary>
    /// Appends an audit event for an act that changes no row (a restore of the whole database), in the chain like any
    /// other event: <paramref name="details"/> is its "after" text.
    /// </summary>
    public async Task RecordEventAsync(string action, string entityType, string entityId, string? details, CancellationToken ct)
    {
        _audit.Record(action, entityType, entityId, details);
        await SaveChangesAsync(ct);
    }

    internal void AuditHeadRead(Guid transaction, (long Sequence, string Hash)? head) => _audit.HeadRead(transaction, head);

    /// <summary>True on PostgreSQL; used where SQL differs (locks, triggers).</summary>
    public abstract bool IsPostgres { get; }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("请使用 SaveChangesAsync：审计链的写入是异步的。");

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        _audit.SaveWithAuditAsync(ct => base.SaveChangesAsync(acceptAllChangesOnSuccess, ct), cancellationToken);

    /// <summary>
    /// Inserts derived rows (recomputed caches, not audited) as fast as the provider allows, in the current
    /// transaction if one is open. The default adds and saves them; PostgreSQL overrides it with binary COPY. The rows
    /// are not tracked afterwards. Only for <see cref="IDerivedRecord"/>: audited facts always go through SaveChanges.
    /// </summary>
    public virtual async Task InsertDerivedAsync<T>(IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class, IDerivedRecord
    {
        if (rows.Count == 0)
        {
            return;
        }

        Set<T>().AddRange(rows);
        await SaveChangesAsync(cancellationToken);
        foreach (var row in rows)
        {
            Entry(row).State = EntityState.Detached;
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        GaoxinConventions.Configure(configurationBuilder, IsPostgres);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<GaoxinUser>(u =>
        {
            u.Property(x => x.DisplayName).HasMaxLength(100);
            u.HasIndex(x => x.OrganisationId);
        });

        builder.Entity<Zone>(z =>
        {
            z.ToTable("platform_zones");
            z.HasKey(x => x.Id);
            z.Property(x => x.Name).HasMaxLength(100);
            z.Property(x => x.Code).HasMaxLength(40);
            z.HasIndex(x => x.Code).IsUnique();
            z.Property(x => x.DivisionCode).HasMaxLength(6);
        });

        builder.Entity<Organisation>(o =>
        {
            o.ToTable("platform_organisations");
            o.HasKey(x => x.Id);
            o.Property(x => x.Name).HasMaxLength(200);
            o.HasIndex(x => new { x.ZoneId, x.Name }).IsUnique();
            o.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            o.Property(x => x.CreditCode).HasMaxLength(18);
            o.Property(x => x.Note).HasMaxLength(1000);
        });

        builder.Entity<PersonalAccessToken>(t =>
        {
            t.ToTable("platform_access_tokens");
            t.HasKey(x => x.Id);
            t.Property(x => x.Name).HasMaxLength(100);
            t.Property(x => x.Prefix).HasMaxLength(12);
            t.Property(x => x.TokenHash).HasMaxLength(64);
            t.Property(x => x.Scopes).HasMaxLength(2000);
            t.HasIndex(x => x.TokenHash).IsUnique();
            t.HasIndex(x => x.UserId);
        });

        builder.Entity<AuditEvent>(a =>
        {
            a.ToTable("platform_audit_events");
            a.HasKey(x => x.Sequence);
            a.Property(x => x.Sequence).ValueGeneratedNever();
            a.Property(x => x.Actor).HasMaxLength(200);
            a.Property(x => x.Action).HasMaxLength(100);
            a.Property(x => x.EntityType).HasMaxLength(100);
            a.Property(x => x.EntityId).HasMaxLength(200);
            a.Property(x => x.PreviousHash).HasMaxLength(64);
            a.Property(x => x.Hash).HasMaxLength(64);
            a.HasIndex(x => new { x.ZoneId, x.EntityType, x.EntityId });
        });

        foreach (var module in _modules)
        {
            module.BuildModel(builder);
        }

        GaoxinConventions.Finish(builder);
        ApplyProviderConventions(builder);
    }

    /// <summary>Lets a provider adjust column types after every part of the model is known.</summary>
    protected virtual void ApplyProviderConventions(ModelBuilder builder)
    {
    }
}
