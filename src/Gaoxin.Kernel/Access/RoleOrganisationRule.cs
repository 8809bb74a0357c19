using Gaoxin.Kernel.Rules;

namespace Gaoxin.Kernel.Access;

/// <summary>What is known when a role is given to a user acting for an organisation.</summary>
public sealed record RoleAssignment(string Role, OrganisationKind? OrganisationKind);

/// <summary>
/// An organisation-bound role must belong to an organisation of the matching kind: an enterprise user to an
/// enterprise, an institute user to a university or institute, a vehicle operator to an operator of vehicles.
/// </summary>
public sealed class RoleMatchesOrganisationKindRule : IBusinessRule<RoleAssignment>
{
    public string Name => nameof(RoleMatchesOrganisationKindRule);

    private static readonly Dictionary<string, OrganisationKind[]> Required = new()
    {
        [Roles.EnterpriseUser] = [OrganisationKind.Enterprise, OrganisationKind.VehicleOperator],
        [Roles.InstituteUser] = [OrganisationKind.Institute],
        [Roles.VehicleOperator] = [OrganisationKind.VehicleOperator],
        [Roles.DepartmentOfficer] = [OrganisationKind.Committee],
    };

    public RuleOutcome Check(RoleAssignment facts)
    {
        if (!Roles.IsKnown(facts.Role))
        {
            return RuleOutcome.Refuse(Name, $"角色“{facts.Role}”不存在。");
        }

        if (!Required.TryGetValue(facts.Role, out var kinds))
        {
            return RuleOutcome.Pass(Name);
        }

        if (facts.OrganisationKind is null)
        {
            return RuleOutcome.Refuse(Name, $"角色 {facts.Role} 必须指定所属机构。");
        }

        return kinds.Contains(facts.OrganisationKind.Value)
            ? RuleOutcome.Pass(Name)
            : RuleOutcome.Refuse(Name, $"角色 {facts.Role} 只能属于以下类型的机构：{string.Join("、", kinds)}；所选机构类型为 {facts.OrganisationKind}。");
    }
}
