namespace Gaoxin.Services.Catalogue;

/// <summary>
/// Whether records elsewhere refer to a catalogue item (applications do), so that the catalogue keeps what they name.
/// Implemented by the features that refer to items; the catalogue depends on none of them.
/// </summary>
public interface IItemUsage
{
    Task<bool> IsUsedAsync(Guid itemId, CancellationToken ct);
}
