using System.Globalization;
using Microsoft.Data.Sqlite;
using Teammeter.Hris.Sample;
using Teammeter.Hris.Sample.ApideckServer;
using Teammeter.Hris.Sample.CommandLine;

namespace Teammeter.Hris.Tests.Samples;

/// <summary>
/// Issue 22 (1 and 2) with real processes on one SQLite file: two syncs of one tenant at once (the store's lease lets
/// exactly one apply), and a process killed between an invitation's send and its record (the rerun sends each
/// person's invitation once).
/// </summary>
public sealed class SampleTwoProcessTests : SampleCommandLineTests
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Sync_TwoProcessesOnOneTenantAtOnce_ExactlyOneAppliesAndTheOtherExitsBusy()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        await RunOkAsync("plan", Today);
        var holderReading = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseHolder = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // The process that holds the lease reads HR and is held there (the "slow server") until the other has ended:
        // the two runs overlap for sure, whatever the machine's speed.
        Server.Faults.Interceptor = async (context, cancellationToken) =>
        {
            if (context.Request.Path.StartsWithSegments("/hris/employees", StringComparison.Ordinal))
            {
                holderReading.TrySetResult();
                await releaseHolder.Task.WaitAsync(ProcessTimeout, cancellationToken);
            }

            return false;
        };

        using var first = SampleProcess.Start(Args("sync"));
        using var second = SampleProcess.Start(Args("sync"));
        var firstExited = first.Exited;
        var firstExit = await Task.WhenAny(firstExited, second.Exited).WaitAsync(ProcessTimeout);
        await holderReading.Task.WaitAsync(ProcessTimeout);
        releaseHolder.TrySetResult();
        var runs = new[] { await first.WaitAsync(ProcessTimeout), await second.WaitAsync(ProcessTimeout) };

        var loser = firstExit == firstExited ? runs[0] : runs[1];
        var winner = firstExit == firstExited ? runs[1] : runs[0];
        loser.ExitCode.Should().Be(4, loser.Error);
        loser.Error.Should().Contain("tenant busy").And.Contain(Tenant);
        winner.ExitCode.Should().Be(0, winner.Error);
        winner.Json().GetProperty("applied").GetBoolean().Should().BeTrue();
        var users = await CountAsync("SELECT COUNT(*) FROM users WHERE tenant = $tenant AND external_id IS NOT NULL");
        var distinct = await CountAsync("SELECT COUNT(DISTINCT external_id) FROM users WHERE tenant = $tenant");
        users.Should().BeGreaterThan(0).And.Be(distinct, "no user twice");
        (await CountAsync("SELECT COUNT(*) FROM tenant_leases")).Should().Be(0, "the winner released the lease");
    }

    [Fact]
    public async Task Release_ProcessKilledBetweenASendAndItsRecord_RerunSendsOnlyThatOneAgain()
    {
        Server.Tenants.Add(Tenant, DemoOrganisation.Create(Today));
        await RunOkAsync("sync", Today);
        const int CrashAfter = 3;

        using var crashing = SampleProcess.Start(Args("release-invitations"), new Dictionary<string, string> { [SampleOptions.CrashAfterInvitationsVariable] = CrashAfter.ToString(CultureInfo.InvariantCulture) });
        var crashed = await crashing.WaitAsync(ProcessTimeout);
        var sentBeforeCrash = Recipients().Count;
        var recordedBeforeCrash = await CountAsync("SELECT COUNT(*) FROM invitations WHERE tenant = $tenant");
        var whileLeased = await RunAsync("release-invitations", Today);

        // The killed process never released its lease: the tenant stays blocked until it expires. Time passes.
        await CountAsync("UPDATE tenant_leases SET expires_at = '2000-01-01T00:00:00.0000000+00:00' WHERE tenant = $tenant");
        var rerun = await RunOkAsync("release-invitations", Today);

        crashed.ExitCode.Should().NotBe(0, crashed.Error);
        crashed.Error.Should().Contain("Test hook: crashed after invitation 3");
        whileLeased.ExitCode.Should().Be(4, "a killed run's lease holds until it expires");
        sentBeforeCrash.Should().Be(CrashAfter);
        recordedBeforeCrash.Should().Be(CrashAfter - 1, "the process died after the third send and before its record");
        var invited = await CountAsync("SELECT COUNT(*) FROM invitations WHERE tenant = $tenant");
        rerun.GetProperty("sent").GetInt32().Should().Be(invited - recordedBeforeCrash, "the rerun sends only what was not recorded: the crashed one again, and the rest");
        Directory.GetFiles(Outbox, "*.eml").Where(f => !Path.GetFileName(f).StartsWith(EmlAdminNotifier.FilePrefix, StringComparison.Ordinal))
            .Should().HaveCount(invited, "one .eml per invitation: the resent one has the same idempotency key");
        (await CountAsync("SELECT COUNT(DISTINCT user_id) FROM invitations WHERE tenant = $tenant")).Should().Be(invited, "each person invited once");
        (await RunOkAsync("release-invitations", Today)).GetProperty("sent").GetInt32().Should().Be(0);
    }

    private string[] Args(string command) =>
    [
        command, "--tenant", Tenant, "--apideck-url", Server.BaseAddress.AbsoluteUri, "--app-id", "app-1", "--api-key", SampleRun.ApiKey,
        "--db", DatabasePath, "--outbox", Outbox, "--today", Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "--json",
    ];

    private async Task<int> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$tenant", Tenant);
        return Convert.ToInt32(await command.ExecuteScalarAsync() ?? 0, CultureInfo.InvariantCulture);
    }
}
