using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Gaoxin.Kernel.Audit;

namespace Gaoxin.Bench;

/// <summary>
/// What the audit chain costs: hashing one event on every save, and verifying a whole chain.
/// The baseline is the obvious alternative, hashing the event serialised as JSON, measured in the same run.
/// </summary>
[MemoryDiagnoser]
public class AuditChainBenchmarks
{
    private AuditRecord _record = null!;
    private List<(AuditRecord Record, string Hash)> _chain = null!;

    [Params(10_000)]
    public int ChainLength { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _record = Event(1, AuditHash.Genesis);
        _chain = new List<(AuditRecord, string)>(ChainLength);
        var previous = AuditHash.Genesis;
        for (var i = 1; i <= ChainLength; i++)
        {
            var r = Event(i, previous);
            var h = AuditHash.Compute(r);
            _chain.Add((r, h));
            previous = h;
        }
    }

    [Benchmark(Baseline = true, Description = "hash one event: JSON + SHA-256 (reference)")]
    public string HashAsJson() => Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(_record)));

    [Benchmark(Description = "hash one event: canonical + SHA-256 (AuditHash)")]
    public string HashCanonical() => AuditHash.Compute(_record);

    [Benchmark(Description = "verify chain (per ChainLength events)")]
    public bool VerifyChain()
    {
        var verifier = new AuditChainVerifier();
        foreach (var (record, hash) in _chain)
        {
            if (verifier.Next(record, hash) is not null)
            {
                return false;
            }
        }

        return verifier.Finish().Intact;
    }

    private static AuditRecord Event(long sequence, string previous) => new(
        sequence,
        Guid.Parse("0199f0a0-0000-7000-8000-000000000001"),
        "admin@zigong.demo (0199f0a0-0000-7000-8000-00000000abcd)",
        "update",
        "Organisation",
        Guid.CreateVersion7().ToString(),
        "{\"CreditCode\":null,\"EstablishedOn\":null,\"Id\":\"0199f0a0\",\"Kind\":\"Enterprise\",\"Name\":\"兴储世纪\",\"Note\":\"钠离子电池\",\"ZoneId\":\"0199f0a0\"}",
        "{\"CreditCode\":null,\"EstablishedOn\":null,\"Id\":\"0199f0a0\",\"Kind\":\"Enterprise\",\"Name\":\"兴储世纪\",\"Note\":\"钠离子电池正极材料\",\"ZoneId\":\"0199f0a0\"}",
        new DateTimeOffset(2025, 10, 28, 9, 30, 0, TimeSpan.Zero).AddSeconds(sequence),
        previous);
}
