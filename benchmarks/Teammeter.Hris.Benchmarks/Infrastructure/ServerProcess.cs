using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Teammeter.Hris.Sample.ApideckServer;
using Teammeter.Hris.Sample.Hosting;

namespace Teammeter.Hris.Benchmarks.Infrastructure;

/// <summary>
/// The benchmark program started again in its <c>apideck-server</c> mode (<c>LoopbackServerMode</c>): the embedded
/// Apideck server in a process of its own, so the JSON it writes, and the collections that sets off, stay out of the
/// measured process's heap. Its counters are read over the mode's stdin line protocol (<c>counters</c>,
/// <c>reset</c>); disposing closes its stdin, which stops it.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    // Start-up builds the whole organisation before the address is printed; generous for a loaded two-core machine.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(10);

    private readonly Process process;
    private readonly List<string> errorLines = [];
    private bool disposed;

    private ServerProcess(Process process)
    {
        this.process = process;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (errorLines)
                {
                    errorLines.Add(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
    }

    /// <summary>Where the server listens; the app id and API key are the server's defaults, as the mode uses them.</summary>
    public ApideckEndpoint Endpoint { get; private set; } = null!;

    /// <summary>
    /// Starts <c>apideck-server --employees <paramref name="employees"/> --tenant <paramref name="tenant"/></c> and
    /// waits for its base address.
    /// </summary>
    public static ServerProcess Start(int employees, string tenant)
    {
        var assembly = typeof(ServerProcess).Assembly.Location;
        if (assembly.Length == 0)
        {
            throw new InvalidOperationException("The benchmark assembly has no file (single-file publish?), so it cannot be started as apideck-server.");
        }

        var startInfo = new ProcessStartInfo(DotnetHost())
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { assembly, "apideck-server", "--employees", employees.ToString(CultureInfo.InvariantCulture), "--tenant", tenant })
        {
            startInfo.ArgumentList.Add(argument);
        }

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start '{startInfo.FileName} {assembly} apideck-server'.");
        var server = new ServerProcess(process);
        try
        {
            var address = server.ReadLine(StartTimeout, "its base address");

            // The mode runs FakeApideckServer.StartAsync(null, ...), so it accepts the default credentials.
            var defaults = new FakeApideckServerOptions();
            server.Endpoint = new ApideckEndpoint(new Uri(address), defaults.AppId, defaults.ApiKey);
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>What the server has served since it started or was last reset.</summary>
    /// <returns>The <c>/hris/employees</c> requests and the response body bytes sent.</returns>
    public (int EmployeeRequests, long BytesSent) ReadCounters()
    {
        // "requests <n> bytes <m>"
        var answer = Ask("counters");
        var parts = answer.Split(' ');
        if (parts is ["requests", var requests, "bytes", var bytes]
            && int.TryParse(requests, NumberStyles.None, CultureInfo.InvariantCulture, out var requestCount)
            && long.TryParse(bytes, NumberStyles.None, CultureInfo.InvariantCulture, out var byteCount))
        {
            return (requestCount, byteCount);
        }

        throw Fail($"apideck-server answered 'counters' with '{answer}'.");
    }

    /// <summary>Zeroes the server's counters.</summary>
    public void ResetCounters()
    {
        var answer = Ask("reset");
        if (answer != "ok")
        {
            throw Fail($"apideck-server answered 'reset' with '{answer}'.");
        }
    }

    /// <summary>Closes the server's stdin and waits for it to exit, killing it (and anything it started) if it does not.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        try
        {
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // It has exited already: the pipe is broken.
        }

        if (!process.WaitForExit(ExitTimeout))
        {
            process.Kill(entireProcessTree: true);
        }

        // Without a timeout this also waits for the last stderr lines to be read.
        process.WaitForExit();
        process.Dispose();

        // Its log (the tenant it served, the employee requests it counted) goes into this run's log.
        foreach (var line in ErrorLines())
        {
            Console.WriteLine($"// {line}");
        }
    }

    // "dotnet <this assembly>" starts the mode however the benchmark runs: as "dotnet X.dll", through the apphost,
    // under "dotnet run", or as BenchmarkDotNet's generated program (another apphost, this assembly copied next to it).
    private static string DotnetHost()
    {
        var fileName = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } processPath && string.Equals(Path.GetFileName(processPath), fileName, StringComparison.OrdinalIgnoreCase))
        {
            return processPath;
        }

        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        // An apphost: the dotnet of the installation whose runtime runs this process (<root>/shared/Microsoft.NETCore.App/<version>/).
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var besideRuntime = Path.Combine(root, fileName);
        return File.Exists(besideRuntime) ? besideRuntime : fileName;
    }

    private string Ask(string command)
    {
        try
        {
            process.StandardInput.WriteLine(command);
            process.StandardInput.Flush();
        }
        catch (IOException ex)
        {
            throw Fail($"Could not send '{command}' to apideck-server ({ex.Message}).");
        }

        return ReadLine(AnswerTimeout, $"answer to '{command}'");
    }

    private string ReadLine(TimeSpan timeout, string what)
    {
        var line = process.StandardOutput.ReadLineAsync();

        // A pending read is ended by Fail: killing the process closes its stdout.
        if (!line.Wait(timeout))
        {
            throw Fail($"apideck-server sent no {what} within {timeout.TotalSeconds:F0} s.");
        }

        return line.Result ?? throw Fail($"apideck-server closed its stdout before sending {what}.");
    }

    private InvalidOperationException Fail(string message)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        var errors = string.Join(Environment.NewLine, ErrorLines());
        return new InvalidOperationException($"{message} Exit code {process.ExitCode}; its stderr:{Environment.NewLine}{(errors.Length == 0 ? "(empty)" : errors)}");
    }

    private string[] ErrorLines()
    {
        lock (errorLines)
        {
            return [.. errorLines];
        }
    }
}
