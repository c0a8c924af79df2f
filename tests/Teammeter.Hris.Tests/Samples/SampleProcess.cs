using System.Diagnostics;

namespace Teammeter.Hris.Tests.Samples;

/// <summary>The built sample started as a real process (<c>dotnet Teammeter.Hris.Sample.Console.dll ...</c>), for tests that need two processes or a real crash.</summary>
internal sealed class SampleProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _error;

    private SampleProcess(Process process)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
    }

    public static SampleProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Teammeter.Hris.Sample.Console.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return new SampleProcess(Process.Start(start)!);
    }

    public Task Exited => _process.WaitForExitAsync();

    /// <summary>Waits for the exit (killing the process after <paramref name="timeout"/>) and returns its exit code and output.</summary>
    public async Task<SampleRun> WaitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        return new SampleRun(_process.ExitCode, await _output, await _error);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
