using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// Results go to bench/results/ (run from the repository root: dotnet run -c Release --project bench/Gaoxin.Bench).
var config = ManualConfig.Create(DefaultConfig.Instance)
    .WithArtifactsPath(Path.Combine(Directory.GetCurrentDirectory(), "bench", "results"))
    .AddJob(Job.ShortRun);
BenchmarkSwitcher.FromAssembly(typeof(Gaoxin.Bench.AuditChainBenchmarks).Assembly).Run(args, config);
