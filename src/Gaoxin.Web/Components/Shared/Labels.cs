using Gaoxin.Kernel.Access;
using Microsoft.Extensions.Localization;

namespace Gaoxin.Web.Components.Shared;

/// <summary>Display names for enum values and role identifiers, from the resource files.</summary>
public static class Labels
{
    public static string Kind(this IStringLocalizer l, OrganisationKind kind) => l["Kind." + kind];

    public static string Role(this IStringLocalizer l, string? role) => role is null ? string.Empty : l["Role." + role];
}
