using Gaoxin.Kernel.Access;

namespace Gaoxin.Kernel.Tests;

public sealed class RecordAccessTests
{
    private static readonly Guid Zone = Guid.NewGuid();
    private static readonly Guid OwnOrg = Guid.NewGuid();
    private static readonly Guid OtherOrg = Guid.NewGuid();

    private static readonly AccessPolicy Policy = AccessPolicy.Of(
        see: [Roles.ZoneAdmin, Roles.Viewer, Roles.EnterpriseUser],
        change: [Roles.ZoneAdmin, Roles.EnterpriseUser]);

    private static Actor As(string role, Guid? org = null, Guid? zone = null) =>
        new("u1", "用户", new HashSet<string> { role }, org ?? OwnOrg, zone ?? Zone);

    [Fact]
    public void Zone_wide_roles_see_every_organisations_records()
    {
        RecordAccess.MaySee(As(Roles.ZoneAdmin), Policy, OtherOrg, Zone).ShouldBeTrue();
        RecordAccess.MaySee(As(Roles.Viewer), Policy, OtherOrg, Zone).ShouldBeTrue();
        RecordAccess.MayChange(As(Roles.Viewer), Policy, OtherOrg, Zone).ShouldBeFalse();
    }

    [Fact]
    public void Enterprise_user_sees_and_changes_only_its_own_organisation()
    {
        RecordAccess.MaySee(As(Roles.EnterpriseUser), Policy, OwnOrg, Zone).ShouldBeTrue();
        RecordAccess.MayChange(As(Roles.EnterpriseUser), Policy, OwnOrg, Zone).ShouldBeTrue();
        RecordAccess.MaySee(As(Roles.EnterpriseUser), Policy, OtherOrg, Zone).ShouldBeFalse();
        RecordAccess.MayChange(As(Roles.EnterpriseUser), Policy, OtherOrg, Zone).ShouldBeFalse();
        RecordAccess.MaySee(As(Roles.EnterpriseUser), Policy, null, Zone).ShouldBeFalse();
    }

    [Fact]
    public void Bound_user_without_organisation_sees_nothing()
    {
        var actor = new Actor("u", "n", new HashSet<string> { Roles.EnterpriseUser }, null, Zone);
        RecordAccess.MaySee(actor, Policy, OwnOrg, Zone).ShouldBeFalse();
    }

    [Fact]
    public void Roles_outside_the_policy_get_nothing() =>
        RecordAccess.MaySee(As(Roles.Reviewer), Policy, OwnOrg, Zone).ShouldBeFalse();

    [Fact]
    public void Nobody_crosses_zones() =>
        RecordAccess.MaySee(As(Roles.ZoneAdmin), Policy, OwnOrg, Guid.NewGuid()).ShouldBeFalse();

    [Fact]
    public void Organisation_bound_means_every_role_is_bound()
    {
        As(Roles.EnterpriseUser).IsOrganisationBound.ShouldBeTrue();
        new Actor("u", "n", new HashSet<string> { Roles.EnterpriseUser, Roles.Viewer }, OwnOrg, Zone).IsOrganisationBound.ShouldBeFalse();
        new Actor("u", "n", new HashSet<string>(), OwnOrg, Zone).IsOrganisationBound.ShouldBeFalse();
    }
}

public sealed class RoleMatchesOrganisationKindRuleTests
{
    private readonly RoleMatchesOrganisationKindRule _rule = new();

    [Theory]
    [InlineData(Roles.EnterpriseUser, OrganisationKind.Enterprise)]
    [InlineData(Roles.EnterpriseUser, OrganisationKind.VehicleOperator)]
    [InlineData(Roles.InstituteUser, OrganisationKind.Institute)]
    [InlineData(Roles.VehicleOperator, OrganisationKind.VehicleOperator)]
    [InlineData(Roles.ZoneAdmin, OrganisationKind.Committee)]
    [InlineData(Roles.DepartmentOfficer, OrganisationKind.Committee)]
    [InlineData(Roles.Reviewer, OrganisationKind.Institute)]
    public void Passes_matching_kinds(string role, OrganisationKind kind) =>
        _rule.Check(new RoleAssignment(role, kind)).Passed.ShouldBeTrue();

    [Theory]
    [InlineData(Roles.EnterpriseUser, OrganisationKind.Institute)]
    [InlineData(Roles.InstituteUser, OrganisationKind.Enterprise)]
    [InlineData(Roles.VehicleOperator, OrganisationKind.Enterprise)]
    [InlineData(Roles.DepartmentOfficer, OrganisationKind.Enterprise)]
    public void Refuses_a_bound_role_in_the_wrong_kind_of_organisation(string role, OrganisationKind kind)
    {
        var outcome = _rule.Check(new RoleAssignment(role, kind));
        outcome.Passed.ShouldBeFalse();
        outcome.Rule.ShouldBe(nameof(RoleMatchesOrganisationKindRule));
        outcome.Message.ShouldContain(kind.ToString());
    }

    [Fact]
    public void Refuses_a_bound_role_without_organisation() =>
        _rule.Check(new RoleAssignment(Roles.InstituteUser, null)).Message.ShouldContain("必须指定所属机构");

    [Fact]
    public void Zone_wide_roles_need_no_organisation() =>
        _rule.Check(new RoleAssignment(Roles.Viewer, null)).Passed.ShouldBeTrue();

    [Fact]
    public void Refuses_unknown_roles() =>
        _rule.Check(new RoleAssignment("Superuser", null)).Message.ShouldContain("不存在");
}
