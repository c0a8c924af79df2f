using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;
using Teammeter.Hris.Benchmarks.Reconciler;

// BenchmarkSwitcher lets one command run any benchmark class: see docs/performance.md.
// The full run uses BenchmarkDotNet's default job (the figures in the docs). "--quick" swaps in a short job for spot
// checks: in-process (no generated project to build), one warm-up and three 100 ms iterations, so one class runs
// in under a minute. Its numbers are indicative only; publish figures from a full run.
// "--steps <employees> <scenario>" is not a benchmark: it times each reconciler step once the inputs are built.
if (args is ["--steps", ..])
{
    PlanStepProfile.Run(args[1..]);
    return;
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

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. args.Where(a => a != Quick)], config);
