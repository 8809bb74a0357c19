using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// `e2e`: the end-to-end refresh on PostgreSQL against its floor (see EnterprisesE2e). Anything else: BenchmarkDotNet.
if (args.Length > 0 && args[0] == "e2e")
{
    return await Gaoxin.Bench.EnterprisesE2e.RunAsync(args[1..]);
}

// `relay`: the relay's analytics and board at province scale against hand-written SQL (see RelayBench).
if (args.Length > 0 && args[0] == "relay")
{
    return await Gaoxin.Bench.RelayBench.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "cockpit")
{
    return await Gaoxin.Bench.CockpitBench.RunAsync(args[1..]);
}

// `funding`: the pilot fund's API under load on PostgreSQL next to pgbench (see FundingLoad).
if (args.Length > 0 && args[0] == "funding")
{
    return await Gaoxin.Bench.FundingLoad.RunAsync(args[1..]);
}

// `pilot-bookings`: creating a booking through the API and a month's calendar at 1,000,000 bookings, against a hand INSERT (see PilotBookingsBench).
if (args.Length > 0 && args[0] == "pilot-bookings")
{
    return await Gaoxin.Bench.PilotBookingsBench.RunAsync(args[1..]);
}

// `pilot-scheduler`: the pilot base's CP-SAT scheduler against a greedy earliest-deadline-first baseline (see PilotSchedulerBench).
if (args.Length > 0 && args[0] == "pilot-scheduler")
{
    return await Gaoxin.Bench.PilotSchedulerBench.RunAsync(args[1..]);
}

// `services-queue`: a department's queue with every clock at 100,000 open items, against hand SQL (see ServicesQueueBench).
if (args.Length > 0 && args[0] == "services-queue")
{
    return await Gaoxin.Bench.ServicesQueueBench.RunAsync(args[1..]);
}

// `scenes-quality`: the marketplace matcher against plain BM25 on a hand-labelled set (see ScenesQualityBench).
if (args.Length > 0 && args[0] == "scenes-quality")
{
    return await Gaoxin.Bench.Scenes.ScenesQualityBench.RunAsync(args[1..]);
}

// `scenes-match`: the marketplace index at 120,000 documents against a bare Lucene floor, and its freshness (see ScenesMatchBench).
if (args.Length > 0 && args[0] == "scenes-match")
{
    return await Gaoxin.Bench.Scenes.ScenesMatchBench.RunAsync(args[1..]);
}

// `mutation-report`: Stryker.NET's JSON reports → bench/results/mutation.md, per rule file (see MutationReport, tools/mutation/run.sh).
if (args.Length > 0 && args[0] == "mutation-report")
{
    return Gaoxin.Bench.MutationReport.Run(args[1..]);
}

// Results go to bench/results/ (run from the repository root: dotnet run -c Release --project bench/Gaoxin.Bench).
var config = ManualConfig.Create(DefaultConfig.Instance)
    .WithArtifactsPath(Path.Combine(Directory.GetCurrentDirectory(), "bench", "results"))
    .AddJob(Job.ShortRun);
BenchmarkSwitcher.FromAssembly(typeof(Gaoxin.Bench.AuditChainBenchmarks).Assembly).Run(args, config);
return 0;
