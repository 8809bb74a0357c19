using Gaoxin.Kernel.Zones;

namespace Gaoxin.Services.ServicePage;

/// <summary>A due reminder posted to an organisation for one thing at one stage (30 or 7 days), so each goes once.</summary>
public sealed class DueReminder : IZoneScoped
{
    private DueReminder()
    {
        Key = string.Empty;
    }

    public DueReminder(ZoneId zoneId, Guid organisationId, string key, int stage, Guid noticeId, DateTimeOffset postedAt)
    {
        ZoneId = zoneId;
        OrganisationId = organisationId;
        Key = key;
        Stage = stage;
        NoticeId = noticeId;
        PostedAt = postedAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public Guid OrganisationId { get; private set; }

    /// <summary>What is due, stable across days ("cert:HighTech:GR2023…:2026-11-30", "techsme:2026", "annual:2025", "milestone:{id}").</summary>
    public string Key { get; private set; }

    public int Stage { get; private set; }

    public Guid NoticeId { get; private set; }

    public DateTimeOffset PostedAt { get; private set; }
}
