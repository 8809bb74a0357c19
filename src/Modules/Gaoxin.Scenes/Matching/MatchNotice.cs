using Gaoxin.Kernel.Zones;

namespace Gaoxin.Scenes.Matching;

/// <summary>
/// One matching notice sent (需求找成果): the demand side (a scene or demand) and the supply side (an achievement or product)
/// of the pair, and the organisation told. The pair is unique, so nobody is told of the same pair twice.
/// </summary>
internal sealed class MatchNotice : IZoneScoped
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; set; }

    public MarketDocKind DemandKind { get; set; }

    public Guid DemandId { get; set; }

    public MarketDocKind SupplyKind { get; set; }

    public Guid SupplyId { get; set; }

    public Guid OrganisationId { get; set; }

    public DateTimeOffset SentAt { get; set; }
}
