using System.Globalization;
using Teammeter.Hris.Sample.ApideckServer;

namespace Teammeter.Hris.Benchmarks.Loopback;

/// <summary>
/// <c>apideck-server [--employees N] [--tenant id] [--latency ms]</c>: the embedded Apideck server on its own, in its
/// own process, serving one tenant of <c>SyntheticOrganisation.Create(N, seed: 7)</c>, until standard input closes.
/// <c>--latency</c> delays every answer (no CPU spent), to stand in for a network round trip.
/// </summary>
/// <remarks>
/// <para>
/// The end-to-end script (<c>benchmarks/e2e/plan-50k.sh</c>) starts it, then times the sample's <c>plan</c> and a raw
/// client (<see cref="RawReadMode"/>) against it, each as a fresh process. The first line on stdout is the base
/// address, so the script needs no fixed port.
/// </para>
/// <para>
/// Standard input also carries a line protocol, for a benchmark that runs the server out of its own process
/// (<c>FetchBenchmarks</c> with <c>ServerProcess</c>) and still checks what was served: every line gets exactly one
/// line back on stdout. <c>counters</c> answers <c>requests &lt;employee requests&gt; bytes &lt;body bytes sent&gt;</c>,
/// <c>reset</c> zeroes both and answers <c>ok</c>, anything else answers <c>error ...</c>. The script never writes,
/// so it sees only the address.
/// </para>
/// </remarks>
internal static class LoopbackServerMode
{
    private const string EmployeesPath = "/hris/employees";

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = ModeOptions.Parse(args, new Dictionary<string, string> { ["--employees"] = "50000", ["--tenant"] = "e2e", ["--latency"] = "0" });
        if (options is null)
        {
            return 2;
        }

        var employees = int.Parse(options["--employees"], CultureInfo.InvariantCulture);
        var tenant = options["--tenant"];
        var latency = TimeSpan.FromMilliseconds(double.Parse(options["--latency"], CultureInfo.InvariantCulture));
        await using var server = await FakeApideckServer.StartAsync(null, CancellationToken.None);
        server.Tenants.Add(tenant, SyntheticOrganisation.Create(employees, seed: 7));
        if (latency > TimeSpan.Zero)
        {
            server.Faults.Interceptor = async (_, cancellationToken) =>
            {
                await Task.Delay(latency, cancellationToken);
                return false;
            };
        }

        Console.WriteLine(server.BaseAddress);
        await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"apideck-server: tenant '{tenant}', {employees:N0} employees, latency {latency.TotalMilliseconds} ms, app id '{server.Options.AppId}', API key '{server.Options.ApiKey}'; close stdin to stop"));

        // Runs until the script closes our standard input (or kills us), answering commands in between.
        while (await Console.In.ReadLineAsync() is { } command)
        {
            Console.WriteLine(Answer(command, server.Counters));
        }

        await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"apideck-server: {server.Counters.RequestsFor(EmployeesPath)} employee requests served"));
        return 0;
    }

    private static string Answer(string command, RequestCounters counters)
    {
        switch (command.Trim())
        {
            case "counters":
                return string.Create(CultureInfo.InvariantCulture, $"requests {counters.RequestsFor(EmployeesPath)} bytes {counters.BytesSent}");
            case "reset":
                counters.Reset();
                return "ok";
            default:
                // Answered all the same: a client waiting for its line must not hang on a typo.
                return $"error unknown command '{command}' (known: counters, reset)";
        }
    }
}
