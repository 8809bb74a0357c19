using Gaoxin.Kernel.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gaoxin.Data.Audit;

/// <summary>
/// What keeps the chains honest from outside the database: the chain key (links are HMAC-SHA256 under it) and the anchor
/// file their heads are written to. Both are null only for contexts built without them (schema tools, some tests):
/// those write plain SHA-256 links and verify without an anchor.
/// </summary>
public sealed class ChainCustody(ChainKey? key, AnchorLog? anchors)
{
    public static ChainCustody None { get; } = new(null, null);

    public ChainKey? Key => key;

    public AnchorLog? Anchors => anchors;

    /// <summary>The chain's latest anchor; an error when the anchor file cannot be trusted.</summary>
    public AnchorReading Latest(string chain) => anchors?.Latest(chain) ?? new AnchorReading(null, null);
}

/// <summary>A hash chain whose head is anchored (the audit trail here; modules add theirs, e.g. the fund ledger).</summary>
public interface IChainHead
{
    /// <summary>The chain's name in the anchor file.</summary>
    string Chain { get; }

    /// <summary>The last link (sequence, hash), or null for an empty chain.</summary>
    Task<(long Sequence, string Hash)?> HeadAsync(GaoxinDbContext db, CancellationToken ct);

    /// <summary>The stored hash of the link at <paramref name="sequence"/>, or null when there is none.</summary>
    Task<string?> HashAtAsync(GaoxinDbContext db, long sequence, CancellationToken ct);
}

/// <summary>The audit trail's head.</summary>
public sealed class AuditChainHead : IChainHead
{
    public const string Name = "audit";

    public string Chain => Name;

    public async Task<(long Sequence, string Hash)?> HeadAsync(GaoxinDbContext db, CancellationToken ct) =>
        await db.AuditEvents.AsNoTracking().OrderByDescending(e => e.Sequence).Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct) is { } h
            ? (h.Sequence, h.Hash)
            : null;

    public Task<string?> HashAtAsync(GaoxinDbContext db, long sequence, CancellationToken ct) =>
        db.AuditEvents.AsNoTracking().Where(e => e.Sequence == sequence).Select(e => e.Hash).FirstOrDefaultAsync(ct);
}

/// <summary>One chain's anchoring: written, skipped (nothing new), or refused because the chain no longer holds its last anchor.</summary>
public sealed record AnchorOutcome(string Chain, ChainAnchor? Written, string? Refused);

/// <summary>
/// Writes every chain's head to the anchor file (on a schedule, by `gaoxin audit anchor`, after a restore). A head is not
/// anchored when the chain no longer holds the previous anchor (shorter, or another hash there): that would bless a
/// tampered chain; the refusal is reported instead.
/// </summary>
public static class ChainAnchoring
{
    public static async Task<IReadOnlyList<AnchorOutcome>> AnchorAsync(IServiceProvider services, TimeProvider clock, string? note, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GaoxinDbContext>();
        var custody = scope.ServiceProvider.GetRequiredService<ChainCustody>();
        var outcomes = new List<AnchorOutcome>();
        if (custody.Anchors is not { } log)
        {
            return outcomes;
        }

        foreach (var chain in scope.ServiceProvider.GetServices<IChainHead>())
        {
            var previous = log.Latest(chain.Chain);
            if (previous.Error is { } error)
            {
                outcomes.Add(new(chain.Chain, null, error));
                continue;
            }

            // A restore anchors whatever the restored database holds: it replaces the chain on purpose.
            if (note is null && previous.Anchor is { } last
                && !string.Equals(await chain.HashAtAsync(db, last.Sequence, ct), last.Hash, StringComparison.Ordinal))
            {
                outcomes.Add(new(chain.Chain, null, $"链不再包含上次锚点（第 {last.Sequence} 条），未写入新锚点：请运行 verify 查明。"));
                continue;
            }

            var head = await chain.HeadAsync(db, ct);
            if (note is null && previous.Anchor is { } same && same.Sequence == (head?.Sequence ?? 0))
            {
                outcomes.Add(new(chain.Chain, null, null));
                continue;
            }

            var anchor = new ChainAnchor(clock.GetUtcNow(), chain.Chain, head?.Sequence ?? 0, head?.Hash ?? ChainLink.Genesis, note);
            log.Append(anchor);
            outcomes.Add(new(chain.Chain, anchor, null));
        }

        return outcomes;
    }
}
