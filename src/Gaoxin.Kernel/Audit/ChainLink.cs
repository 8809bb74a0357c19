using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Gaoxin.Kernel.Audit;

/// <summary>
/// The one encoder of every hash chain (the audit trail, the fund ledger): each chain adds its fields in its fixed
/// order, then the link is HMAC-SHA256 with the chain key (<see cref="ChainKey"/>), or plain SHA-256 for links written
/// before chains were keyed (lower-case hex either way), over the canonical text of those fields followed by the
/// previous link's hash. Changing a stored field, or removing or reordering a link, breaks every later link; without the
/// key, which never lives in the database, a changed link cannot be re-hashed.
/// The bytes hashed are the stored chains' format: known-answer tests pin them.
/// </summary>
public sealed class ChainLink
{
    /// <summary>The hash the first link of a chain points to.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private readonly StringBuilder _text = new();

    /// <summary>
    /// Length-prefixed ("{length}:{value};", null as "-1:;"): unambiguous, no separator can be forged inside a field.
    /// The length counts UTF-16 code units, as <see cref="string.Length"/> always has for the stored chains.
    /// </summary>
    public ChainLink Add(string? value)
    {
        if (value is null)
        {
            _text.Append("-1:;");
            return this;
        }

        _text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(';');
        return this;
    }

    public ChainLink Add(long value) => Add(value.ToString(CultureInfo.InvariantCulture));

    public ChainLink Add(long? value) => Add(value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>32 hex digits, no dashes.</summary>
    public ChainLink Add(Guid value) => Add(value.ToString("N"));

    public ChainLink Add(Guid? value) => Add(value?.ToString("N"));

    /// <summary>UTC ticks: the instant, independent of how a database stores offsets.</summary>
    public ChainLink Add(DateTimeOffset value) => Add(value.UtcTicks);

    /// <summary>The canonical text of the fields and the previous hash, the exact input of the hash.</summary>
    public string Canonical(string previousHash) => new StringBuilder(_text.ToString()).Append(Field(previousHash)).ToString();

    /// <summary>This link's hash: SHA-256 over the canonical text (UTF-8), lower-case hex.</summary>
    public string Hash(string previousHash) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(previousHash))));

    /// <summary>This link's keyed hash: HMAC-SHA256 with <paramref name="key"/> over the canonical text; plain SHA-256 without a key.</summary>
    public string Hash(string previousHash, ChainKey? key) =>
        key is null ? Hash(previousHash) : key.Mac(Canonical(previousHash));

    /// <summary>HMAC-SHA256 of the UTF-8 text, lower-case hex: the crypto of <see cref="ChainKey"/> stays in this one encoder.</summary>
    internal static string Hmac(byte[] key, string text) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)));

    /// <summary>Compares two hex hashes in constant time.</summary>
    internal static bool SameHash(string a, string b) => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));

    private static string Field(string value) => string.Create(CultureInfo.InvariantCulture, $"{value.Length}:{value};");
}
