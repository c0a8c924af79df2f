using System.Runtime.InteropServices;
using System.Text;
using Teammeter.Hris.Sample.Commands;

// Ctrl+C cancels the run cleanly (in-flight HTTP calls and the SQLite transaction are rolled back) instead of killing
// it; SIGTERM, as a container stop sends, does the same, and `serve` treats either as its normal stop.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
});

// Console.Out hands stdout to the system in pieces of 256 bytes, a call each, so that a terminal sees text promptly:
// a 37 MB `plan --json` made that about 145,000 calls (docs/performance.md §5). This writer flushes after every write
// just the same (`serve` prints a line per run that must not wait), but in one call per write.
await using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16) { AutoFlush = true };

// Progress goes to stderr only when a person watches it; a redirected stderr (a log, a pipe, CI) gets none.
return await SampleApp.RunAsync(args, stdout, Console.Error, Environment.GetEnvironmentVariable, errorIsTerminal: !Console.IsErrorRedirected, cancellation.Token);
