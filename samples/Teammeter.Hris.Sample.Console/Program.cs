using System.Runtime.InteropServices;
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

// Progress goes to stderr only when a person watches it; a redirected stderr (a log, a pipe, CI) gets none.
return await SampleApp.RunAsync(args, Console.Out, Console.Error, Environment.GetEnvironmentVariable, errorIsTerminal: !Console.IsErrorRedirected, cancellation.Token);
