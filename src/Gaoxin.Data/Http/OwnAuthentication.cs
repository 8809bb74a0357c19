using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Gaoxin.Data.Http;

/// <summary>
/// Endpoint metadata: these endpoints are authenticated by one scheme of their own (e.g. a module's machine credentials),
/// never by the sign-in cookie or personal access tokens. The host's policy scheme forwards to it, so another scheme's
/// handler (and its failure counting) never sees such a request.
/// </summary>
public sealed record OwnAuthenticationScheme(string Scheme);

public static class OwnAuthentication
{
    /// <summary>Only a principal of <paramref name="scheme"/> passes; anyone else is challenged by that scheme (401).</summary>
    public static TBuilder AuthenticatedBy<TBuilder>(this TBuilder builder, string scheme) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new OwnAuthenticationScheme(scheme))
            .RequireAuthorization(p => p.AddAuthenticationSchemes(scheme).RequireAuthenticatedUser());

    /// <summary>The scheme the request's endpoint names for itself, if any (the endpoint is known once routing ran).</summary>
    public static string? SchemeOf(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<OwnAuthenticationScheme>()?.Scheme;
}
