namespace Gaoxin.Web;

/// <summary>Marker for the web UI's strings: Resources/SharedResource.resx (Chinese, default) and .en.resx. Edited as .resx; a test checks both languages.</summary>
public sealed class SharedResource;
