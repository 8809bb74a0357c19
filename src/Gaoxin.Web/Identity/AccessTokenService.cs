using Gaoxin.Data;
using Gaoxin.Data.Identity;
using Gaoxin.Kernel.Rules;
using Gaoxin.Web.Api;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Web.Identity;

/// <summary>A user's own personal access tokens, shared by the tokens page and the API.</summary>
public sealed class AccessTokenService(GaoxinDbContext db, TimeProvider clock, TokenScopes scopes)
{
    public const int DefaultValidDays = 90;

    public async Task<List<TokenResponse>> ListAsync(string userId, CancellationToken ct)
    {
        var tokens = await db.AccessTokens.AsNoTracking().Where(t => t.UserId == userId).ToListAsync(ct);
        return tokens.OrderByDescending(t => t.CreatedAt).Select(View).ToList();
    }

    /// <summary>Creates a token and returns its secret: the only time the secret exists outside the caller's hands.</summary>
    /// <remarks>No scopes named: read-only on everything (the least a script usually needs); an unknown scope is refused.</remarks>
    public async Task<CreatedTokenResponse> CreateAsync(string userId, string name, int? validDays, IReadOnlyCollection<string>? requested, CancellationToken ct)
    {
        var unknown = requested?.FirstOrDefault(s => !scopes.IsKnown(s));
        if (unknown is not null)
        {
            throw Refusal.Invalid("scopes", $"未知的权限范围：{unknown}。可选：{string.Join("、", scopes.All)}。");
        }

        var granted = requested is { Count: > 0 } ? scopes.All.Where(requested.Contains).ToList() : scopes.AllRead;
        var secret = AccessTokens.NewToken();
        var now = clock.GetUtcNow();
        var token = new PersonalAccessToken
        {
            UserId = userId,
            Name = name.Trim(),
            Prefix = secret[..10],
            TokenHash = AccessTokens.Hash(secret),
            CreatedAt = now,
            ExpiresAt = now.AddDays(validDays ?? DefaultValidDays),
            Scopes = string.Join(' ', granted),
        };
        db.AccessTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return new CreatedTokenResponse(View(token), secret);
    }

    public async Task<bool> RevokeAsync(string userId, Guid id, CancellationToken ct)
    {
        var token = await db.AccessTokens.FirstOrDefaultAsync(t => t.Id == id && t.UserId == userId, ct);
        if (token is null)
        {
            return false;
        }

        token.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static TokenResponse View(PersonalAccessToken t) =>
        new(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
