using Gaoxin.Kernel.Access;

namespace Gaoxin.Sample;

/// <summary>Who may do what in the module.</summary>
internal static class SampleAccess
{
    public static readonly string[] Deciders = [Roles.ZoneAdmin, Roles.CenterOperator];
}
