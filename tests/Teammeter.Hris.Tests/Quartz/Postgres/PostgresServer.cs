using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Teammeter.Hris.Tests.Quartz.Postgres;

/// <summary>
/// A PostgreSQL database with the Quartz tables for one test class: the one named by <c>TEAMMETER_TEST_POSTGRES</c>,
/// or a throwaway server (<c>initdb</c> into a temporary folder, listening on 127.0.0.1 only, on a free port)
/// that is stopped and deleted afterwards.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private string? _dataDirectory;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (PostgresAvailability.UnavailableReason is not null)
        {
            return; // The tests skip themselves.
        }

        ConnectionString = PostgresAvailability.ConnectionStringFromEnvironment ?? await StartThrowawayServerAsync();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(QuartzSchema.PostgreSql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (_dataDirectory is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await RunAsync("pg_ctl", "-D", _dataDirectory, "-m", "immediate", "-w", "stop");
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private async Task<string> StartThrowawayServerAsync()
    {
        _dataDirectory = (await RunAsync("/usr/bin/mktemp", "-d", "/tmp/teammeter-pg.XXXXXX")).Trim();
        await RunAsync("initdb", "-D", _dataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync");
        var port = FreePort();
        await RunAsync(
            "pg_ctl", "-D", _dataDirectory, "-l", Path.Combine(_dataDirectory, "server.log"), "-w", "-t", "60",
            "-o", $"-c listen_addresses=127.0.0.1 -p {port} -k {_dataDirectory} -c fsync=off -c max_connections=200",
            "start");
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a PostgreSQL tool (as the <c>postgres</c> OS user when this process is root) and returns its output.</summary>
    private static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var executable = Path.IsPathRooted(tool) ? tool : Path.Combine(PostgresAvailability.BinDirectory!, tool);
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The postgres user cannot enter the test runner's folder (often under /root).
            WorkingDirectory = Path.GetTempPath(),
        };
        if (PostgresAvailability.RunAsPostgresUser)
        {
            start.FileName = "runuser";
            foreach (var argument in (string[])["-u", "postgres", "--", executable])
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = executable;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} exited with {process.ExitCode}: {await error}{await output}");
        }

        return await output;
    }
}
