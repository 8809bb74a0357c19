using System.Text;

namespace Gaoxin.Kernel.Audit;

/// <summary>
/// The secret that keys the hash chains and signs their anchors. It never lives in the database: whoever can write the
/// tables but not read the key cannot forge a link or an anchor (see the host's configuration, Gaoxin:ChainKey).
/// </summary>
public sealed class ChainKey
{
    /// <summary>Shortest key accepted: 16 bytes.</summary>
    public const int MinimumBytes = 16;

    private readonly byte[] _key;

    public ChainKey(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < MinimumBytes)
        {
            throw new ArgumentException($"链密钥至少需要 {MinimumBytes} 字节。", nameof(key));
        }

        _key = (byte[])key.Clone();
    }

    /// <summary>A key given as text (configuration, environment): its UTF-8 bytes.</summary>
    public static ChainKey FromText(string text) => new(Encoding.UTF8.GetBytes(text));

    /// <summary>HMAC-SHA256 of the UTF-8 text, lower-case hex.</summary>
    public string Mac(string text) => ChainLink.Hmac(_key, text);

    /// <summary>Compares a stored MAC with the one computed now, in constant time.</summary>
    public bool Verify(string text, string mac) => ChainLink.SameHash(Mac(text), mac);
}
