using BenchmarkDotNet.Running;
using Teammeter.Hris.Benchmarks.Throughput;

// "throughput" is one long run of many tenants rather than a BenchmarkDotNet class: see docs/performance.md.
if (args is ["throughput", .. var throughputArgs])
{
    return await TenantThroughputRun.RunAsync(throughputArgs);
}

// BenchmarkSwitcher lets one command run any benchmark class: see docs/performance.md. (Not typeof(Program): the
// referenced sample host has a public top-level Program too.)
BenchmarkSwitcher.FromAssembly(typeof(TenantThroughputRun).Assembly).Run(args);
return 0;
