using System.Security.Cryptography;
using System.Text;
using Gaoxin.Kernel.Rules;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Mobility.Telemetry;

/// <summary>
/// An operator's API credential for the MDS agency endpoints (运营企业接入令牌): "gxo_" + 32 random bytes, shown once
/// when issued; only its SHA-256 is stored, with the first characters to tell tokens apart in lists.
/// </summary>
public sealed class OperatorToken : IZoneScoped
{
    public const string Prefix = "gxo_";

    private OperatorToken()
    {
        Name = Hash = Hint = CreatedBy = string.Empty;
    }

    private OperatorToken(ZoneId zoneId, Guid operatorId, string name, string hash, string hint, DateTimeOffset at, string byUserId)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        OperatorId = operatorId;
        Name = name;
        Hash = hash;
        Hint = hint;
        CreatedAt = at;
        CreatedBy = byUserId;
    }

    public Guid Id { get; private set; }

    public ZoneId ZoneId { get; private set; }

    /// <summary>The operator organisation the token speaks for.</summary>
    public Guid OperatorId { get; private set; }

    public string Name { get; private set; }

    /// <summary>SHA-256 of the token, lower-case hex.</summary>
    public string Hash { get; private set; }

    /// <summary>The token's first characters ("gxo_AbCd"), so a person can tell which one a system holds.</summary>
    public string Hint { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokedBy { get; private set; }

    /// <summary>A new token and its plain text (returned once, never stored).</summary>
    public static (OperatorToken Token, string Plain) Issue(ZoneId zone, Guid operatorId, string name, DateTimeOffset at, string byUserId)
    {
        var plain = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new OperatorToken(zone, operatorId, name, HashOf(plain), plain[..(Prefix.Length + 4)], at, byUserId), plain);
    }

    public static string HashOf(string plain) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plain)));

    public void Revoke(DateTimeOffset at, string byUserId)
    {
        if (RevokedAt is not null)
        {
            throw Refusal.Conflict("该令牌已撤销。");
        }

        RevokedAt = at;
        RevokedBy = byUserId;
    }
}
