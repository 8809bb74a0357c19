using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gaoxin.Kernel.Audit;

/// <summary>
/// A chain's head as seen at a moment, written outside the database: a later verify fails when the chain is shorter than
/// <see cref="Sequence"/> (its tail was cut) or holds another hash there (a link was rewritten).
/// </summary>
/// <param name="Chain">Which chain (audit, ledger).</param>
/// <param name="Note">Why it was written out of schedule (e.g. a restore), or null.</param>
public sealed record ChainAnchor(DateTimeOffset At, string Chain, long Sequence, string Hash, string? Note = null)
{
    /// <summary>The text the line's MAC covers, in the chains' canonical encoding.</summary>
    internal ChainLink Fields() => new ChainLink().Add(At).Add(Chain).Add(Sequence).Add(Hash).Add(Note);
}

/// <summary>The latest anchor of a chain, or why the anchor file cannot be trusted.</summary>
public sealed record AnchorReading(ChainAnchor? Anchor, string? Error);

/// <summary>
/// The anchor file: append-only JSON lines, one per anchor (time, chain, last sequence, head hash, note), each with the
/// HMAC of its fields under the chain key, so a line cannot be added or edited without the key. Lives outside the
/// database (next to the SQLite file or in the data directory, or where Gaoxin:AnchorFile says).
/// </summary>
public sealed class AnchorLog(string path, ChainKey key)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Path => path;

    /// <summary>Appends one signed line and flushes it to disk. Writers in other processes are waited for, briefly.</summary>
    public void Append(ChainAnchor anchor)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        var line = new Line(anchor.At.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture), anchor.Chain, anchor.Sequence, anchor.Hash, anchor.Note,
            anchor.Fields().Hash(string.Empty, key));
        var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(line, Json) + "\n");
        if (System.IO.Path.GetDirectoryName(path) is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
        }

        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
                return;
            }
            catch (IOException) when (attempt < 50)
            {
                Thread.Sleep(20);
            }
        }
    }

    /// <summary>
    /// The latest anchor of <paramref name="chain"/>; none when the file does not exist. A line whose MAC does not match
    /// makes the whole file untrusted. A torn last line (a crash mid-write, no newline) is ignored.
    /// </summary>
    public AnchorReading Latest(string chain)
    {
        if (!File.Exists(path))
        {
            return new(null, null);
        }

        string text;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        using (var reader = new StreamReader(stream, Encoding.UTF8))
        {
            text = reader.ReadToEnd();
        }

        var lines = text.Split('\n');
        ChainAnchor? latest = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i].Trim();
            var torn = i == lines.Length - 1;
            if (raw.Length == 0 || torn)
            {
                continue;
            }

            Line? line;
            try
            {
                line = JsonSerializer.Deserialize<Line>(raw, Json);
            }
            catch (JsonException)
            {
                line = null;
            }

            if (line is null || !DateTimeOffset.TryParse(line.At, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
                || line.Chain is null || line.Hash is null || line.Mac is null)
            {
                return new(null, $"锚点文件 {path} 第 {i + 1} 行无法读取（锚点文件被改动）。");
            }

            var anchor = new ChainAnchor(at, line.Chain, line.Sequence, line.Hash, line.Note);
            if (!key.Verify(anchor.Fields().Canonical(string.Empty), line.Mac))
            {
                return new(null, $"锚点文件 {path} 第 {i + 1} 行的校验码不符（锚点被改动，或链密钥不是写锚点时的那个）。");
            }

            if (string.Equals(anchor.Chain, chain, StringComparison.Ordinal))
            {
                latest = anchor;
            }
        }

        return new(latest, null);
    }

    private sealed record Line(string? At, string? Chain, long Sequence, string? Hash, string? Note, string? Mac);
}
