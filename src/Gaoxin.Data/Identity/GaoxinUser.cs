using Microsoft.AspNetCore.Identity;

namespace Gaoxin.Data.Identity;

/// <summary>A person who signs in; acts for one organisation in one zone.</summary>
public sealed class GaoxinUser : IdentityUser
{
    public GaoxinUser()
    {
        Id = Guid.CreateVersion7().ToString();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public required string DisplayName { get; set; }

    public Guid ZoneId { get; set; }

    public Guid? OrganisationId { get; set; }

    /// <summary>A disabled user cannot sign in or use tokens; the record stays for the audit trail.</summary>
    public bool IsDisabled { get; set; }
}

/// <summary>A token an API client sends as "Authorization: Bearer gx_…"; only its SHA-256 hash is stored.</summary>
public sealed class PersonalAccessToken
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string UserId { get; set; }

    public required string Name { get; set; }

    /// <summary>First characters of the token, shown in lists so a person can tell tokens apart.</summary>
    public required string Prefix { get; set; }

    public required string TokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>What the token may do, space-separated ("enterprises:read funding:write …"); "*" for tokens made before scopes existed.</summary>
    public string Scopes { get; set; } = string.Empty;
}

/// <summary>Claim types the platform adds to a signed-in user.</summary>
public static class GaoxinClaims
{
    public const string Organisation = "gaoxin:org";
    public const string Zone = "gaoxin:zone";
    public const string DisplayName = "gaoxin:name";
}
