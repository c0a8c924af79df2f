using BenchmarkDotNet.Running;

// BenchmarkSwitcher lets one command run any benchmark class: see docs/performance.md.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
