using Teammeter.Hris.Sample;
using Teammeter.Hris.Sample.ApideckServer;
using Teammeter.Hris.Tests.Reliability.Helpers;
using Teammeter.Hris.Tests.Samples;

namespace Teammeter.Hris.Tests.Reliability;

/// <summary>
/// A process that dies part-way through a run, then runs again, ends where an uninterrupted run ends: with the
/// sample's SQLite sink and <c>.eml</c> outbox, over loopback HTTP, for the whole life of a tenant (initial sync,
/// release of invitations, a day of changes).
/// </summary>
public sealed class CrashAndRerunTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(17)]
    [InlineData(60)]
    [InlineData(190)]
    public async Task SyncAndRelease_SinkCrashesAfterNOperations_RerunEndsLikeAnUninterruptedRun(int crashAfter)
    {
        var expected = await RunAsync("expected", _ => { }, _ => { });

        var actual = await RunAsync("crashed", sink => sink.FailAfterOperations = crashAfter, _ => { });

        actual.Crashed.Should().BeTrue($"operation {crashAfter} lies inside the scenario");
        actual.ShouldEqual(expected);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(40)]
    public async Task Release_SenderCrashesOnTheNthInvitation_RerunSendsEachInvitationOnce(int crashOn)
    {
        var expected = await RunAsync("expected", _ => { }, _ => { });

        var actual = await RunAsync("crashed", _ => { }, sender => sender.FailOnAttempt = crashOn);

        actual.Crashed.Should().BeTrue();
        actual.ShouldEqual(expected);
        actual.Requested.Should().OnlyHaveUniqueItems("an invitation that went out is recorded before the run fails");
    }

    private async Task<Outcome> RunAsync(string name, Action<CrashingSink> arrangeSink, Action<CountingSender> arrangeSender)
    {
        var sink = new CrashingSink(new SqliteTeammeterSink(_temp.File(name + ".db")));
        var outbox = new EmlInvitationSender(_temp.File(name + "-outbox"));
        var sender = new CountingSender(outbox);
        arrangeSink(sink);
        arrangeSender(sender);
        await using var host = await LoopbackSync.StartAsync(o => o.ApplyBatchSize = 7, sink, sender);
        var crashes = 0;

        // Each step is rerun after a crash, as a scheduler would on its next tick.
        async Task StepAsync(Func<Task> step)
        {
            try
            {
                await step();
            }
            catch (SyncApplyException ex) when (ex.InnerException is IOException)
            {
                crashes++;
                await step();
            }
        }

        await StepAsync(() => host.Sync.SyncAsync(LoopbackSync.Tenant));
        await StepAsync(() => host.Sync.ReleaseInvitationsAsync(LoopbackSync.Tenant));
        DemoOrganisation.ApplyNextDay(host.Server.Tenants[LoopbackSync.Tenant], DemoOrganisation.DefaultToday.AddDays(1));
        await StepAsync(() => host.Sync.SyncAsync(LoopbackSync.Tenant));
        var final = await host.Sync.SyncAsync(LoopbackSync.Tenant);
        final.Plan.IsEmpty.Should().BeTrue("a converged tenant has nothing left to do");

        var state = await sink.LoadAsync(LoopbackSync.Tenant, CancellationToken.None);
        var files = Directory.GetFiles(outbox.OutboxDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        return new Outcome(state, files!, [.. sender.Requested], crashes > 0);
    }

    private sealed record Outcome(TeammeterState State, IReadOnlyList<string> OutboxFiles, IReadOnlyList<string> Requested, bool Crashed)
    {
        public void ShouldEqual(Outcome expected)
        {
            State.Users.Select(u => u.EmployeeId).Should().OnlyHaveUniqueItems();
            State.Users.Should().BeEquivalentTo(expected.State.Users);
            State.Teams.Should().BeEquivalentTo(expected.State.Teams);
            State.Roles.Should().BeEquivalentTo(expected.State.Roles);
            State.InvitationsReleased.Should().Be(expected.State.InvitationsReleased);
            OutboxFiles.Should().Equal(expected.OutboxFiles, "each invitation is in the outbox exactly once");
            Requested.Distinct().Should().BeEquivalentTo(expected.Requested);
        }
    }
}
