using Gaoxin.Contracts.Services;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Services.Notices;

/// <summary>Other modules' door to the noticeboard: a matching notice to an organisation, in the caller's unit of work.</summary>
internal sealed class OrganisationNotices(Noticeboard board) : IOrganisationNotices
{
    public void PostMatch(Guid zoneId, Guid organisationId, string title, string body, string? link) =>
        board.ToOrganisation(new ZoneId(zoneId), NoticeKind.Matching, organisationId, title, body, link);
}
