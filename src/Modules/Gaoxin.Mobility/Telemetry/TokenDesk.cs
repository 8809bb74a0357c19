using Gaoxin.Data;
using Gaoxin.Kernel.Access;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;
using Gaoxin.Mobility.Fleet;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Mobility.Telemetry;

/// <summary>
/// Operator tokens for the agency API: the zone authority issues them for any operator, an operator's own users for
/// their organisation; listed without secrets; revoked for good. Another operator's token is a 404, as a missing one.
/// </summary>
internal sealed class TokenDesk(GaoxinDbContext db, FleetDesk fleet, TimeProvider clock)
{
    public async Task<IssuedOperatorToken> IssueAsync(Actor actor, OperatorTokenInput input, CancellationToken ct)
    {
        var operatorId = await fleet.OperatorForAsync(actor, input.OperatorId, ct);
        var (token, plain) = OperatorToken.Issue(new ZoneId(actor.ZoneId), operatorId, input.Name.Trim(), clock.GetUtcNow(), actor.UserId);
        db.Add(token);
        await db.SaveChangesAsync(ct);
        return new IssuedOperatorToken(token.Id, token.OperatorId, token.Name, token.Hint, plain, token.CreatedAt);
    }

    public async Task<IReadOnlyList<OperatorTokenView>> ListAsync(Actor actor, Guid? operatorId, CancellationToken ct)
    {
        var query = Visible(actor);
        if (operatorId is { } op)
        {
            query = query.Where(t => t.OperatorId == op);
        }

        var tokens = await query.AsNoTracking().OrderByDescending(t => t.CreatedAt).ToListAsync(ct);
        var ops = tokens.Select(t => t.OperatorId).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ops.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return [.. tokens.Select(t => View(t, names.GetValueOrDefault(t.OperatorId, string.Empty)))];
    }

    public async Task<OperatorTokenView> RevokeAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var token = await Visible(actor).SingleOrDefaultAsync(t => t.Id == id, ct) ?? throw Refusal.NotFound("令牌");
        token.Revoke(clock.GetUtcNow(), actor.UserId);
        await db.SaveChangesAsync(ct);
        var name = await db.Organisations.Where(o => o.Id == token.OperatorId).Select(o => o.Name).SingleOrDefaultAsync(ct) ?? string.Empty;
        return View(token, name);
    }

    private IQueryable<OperatorToken> Visible(Actor actor)
    {
        var zone = new ZoneId(actor.ZoneId);
        var query = db.Set<OperatorToken>().Where(t => t.ZoneId == zone);
        if (!actor.Roles.Any(r => MobilityAccess.TokenIssuers.Contains(r)))
        {
            return query.Where(t => false);
        }

        return actor.IsOrganisationBound ? query.Where(t => t.OperatorId == actor.OrganisationId) : query;
    }

    private static OperatorTokenView View(OperatorToken t, string operatorName) =>
        new(t.Id, t.OperatorId, operatorName, t.Name, t.Hint, t.CreatedAt, t.RevokedAt, t.RevokedAt is null);
}
