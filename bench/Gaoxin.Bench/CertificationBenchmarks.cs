using BenchmarkDotNet.Attributes;
using Gaoxin.Enterprises.Certification;
using Gaoxin.Enterprises.Demo;
using Gaoxin.Enterprises.Evaluations;
using Gaoxin.Enterprises.Registry;
using Gaoxin.Kernel.Zones;

namespace Gaoxin.Bench;

/// <summary>
/// The certification rule engine in memory: every scheme for a fixed set of generated enterprises (3 years each,
/// certificates as the demo registry has them). One operation = one enterprise evaluated against every scheme, so
/// BenchmarkDotNet's Op/s column (single thread) is evaluations per second per core.
/// </summary>
[MemoryDiagnoser]
public class CertificationBenchmarks
{
    public const int Enterprises = 1_000;

    private EnterpriseFacts[] _facts = null!;
    private readonly CertificationEngine _engine = new();

    [GlobalSetup]
    public void Setup()
    {
        _facts = Facts(Enterprises);
        foreach (var f in _facts)
        {
            _engine.EvaluateAll(f); // evaluators built and cached, as in a running host
        }
    }

    /// <summary>Deterministic: fixed zone, fixed day, fixed seed.</summary>
    internal static EnterpriseFacts[] Facts(int count)
    {
        var zone = new ZoneId(Guid.Parse("0199f0a0-0000-7000-8000-00000000be0c"));
        var today = new DateOnly(2026, 11, 26);
        var plan = DemoEnterprises.Build(zone, new Dictionary<string, Guid>(), today, count, seed: 20251028);
        var none = new Dictionary<string, decimal>();
        return plan.Enterprises.Select(e => EnterpriseRegistry.ToFacts(e, today, none)).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Enterprises, Description = "EvaluateAll (all schemes, full explanation), per enterprise")]
    public int EvaluateAll()
    {
        var n = 0;
        foreach (var f in _facts)
        {
            n += _engine.EvaluateAll(f).Count;
        }

        return n;
    }
}
