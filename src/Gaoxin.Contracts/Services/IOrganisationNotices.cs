namespace Gaoxin.Contracts.Services;

/// <summary>
/// Posts a supply–demand matching notice (供需匹配) to every user of an organisation. The notice is added to the caller's unit
/// of work (the scope's database context) and saved with the caller's own change. Services implements it; absent when the
/// Services module is not installed.
/// </summary>
public interface IOrganisationNotices
{
    void PostMatch(Guid zoneId, Guid organisationId, string title, string body, string? link);
}
