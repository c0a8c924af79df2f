using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;
using Teammeter.Hris.Benchmarks.Loopback;
using Teammeter.Hris.Benchmarks.Reconciler;
using Teammeter.Hris.Benchmarks.Throughput;

// BenchmarkSwitcher lets one command run any benchmark class: see docs/performance.md.
// The full run uses BenchmarkDotNet's default job (the figures in the docs). "--quick" swaps in a short job for spot
// checks: in-process (no generated project to build), one warm-up and three 100 ms iterations, so one class runs
// in under a minute. Its numbers are indicative only; publish figures from a full run.

// "throughput" is one long run of many tenants rather than a BenchmarkDotNet class.
if (args is ["throughput", .. var throughputArgs])
{
    return await TenantThroughputRun.RunAsync(throughputArgs);
}

// "apideck-server" and "raw-read" are the two halves of the end-to-end script benchmarks/e2e/plan-50k.sh.
if (args is ["apideck-server", .. var serverArgs])
{
    return await LoopbackServerMode.RunAsync(serverArgs);
}

if (args is ["raw-read", .. var readArgs])
{
    return await RawReadMode.RunAsync(readArgs);
}

// "--stages --url <server>" is not a benchmark either: it times each stage of reading one page (docs/performance.md).
if (args is ["--stages", .. var stageArgs])
{
    return await PageStageClock.RunAsync(stageArgs);
}

// "--stages-sample <sample arguments>" runs the sample's command line once and splits its wall time.
if (args is ["--stages-sample", .. var sampleArgs])
{
    return await SampleStageClock.RunAsync(sampleArgs);
}

// "--steps <employees> <scenario|sample>" is not a benchmark: it times each reconciler step once the inputs are built.
if (args is ["--steps", ..])
{
    await PlanStepProfile.RunAsync(args[1..]);
    return 0;
}

const string Quick = "--quick";
var config = DefaultConfig.Instance;
if (args.Contains(Quick))
{
    config = DefaultConfig.Instance.AddJob(Job.ShortRun
        .WithWarmupCount(1)
        .WithIterationCount(3)
        .WithIterationTime(TimeInterval.FromMilliseconds(100))
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithId("Quick")
        .AsDefault());
}

// Not typeof(Program): the referenced sample host has a public top-level Program too.
BenchmarkSwitcher.FromAssembly(typeof(TenantThroughputRun).Assembly).Run([.. args.Where(a => a != Quick)], config);
return 0;
