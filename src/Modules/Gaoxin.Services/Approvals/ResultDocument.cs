using Gaoxin.Kernel.Zones;

namespace Gaoxin.Services.Approvals;

/// <summary>The document an approved item issues (办理结果), generated as a PDF at approval and kept with the application.</summary>
public sealed class ResultDocument : IZoneScoped
{
    private ResultDocument()
    {
        FileName = DocumentNumber = string.Empty;
        Content = [];
    }

    public ResultDocument(ZoneId zoneId, Guid applicationId, Guid applicationItemId, string documentNumber, string fileName, byte[] content, DateTimeOffset createdAt)
    {
        ZoneId = zoneId;
        ApplicationId = applicationId;
        ApplicationItemId = applicationItemId;
        DocumentNumber = documentNumber;
        FileName = fileName;
        Content = content;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public ZoneId ZoneId { get; private set; }

    public Guid ApplicationId { get; private set; }

    public Guid ApplicationItemId { get; private set; }

    /// <summary>文号: the application's number and the item's code.</summary>
    public string DocumentNumber { get; private set; }

    public string FileName { get; private set; }

    public byte[] Content { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
