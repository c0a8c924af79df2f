using Teammeter.Hris.Benchmarks.Infrastructure;
using Teammeter.Hris.Sample;
using Teammeter.Hris.Sample.ApideckServer;
using Teammeter.Hris.Sample.Hosting;

namespace Teammeter.Hris.Benchmarks.Reconciler;

/// <summary>
/// A steady-state plan's inputs made the way production makes them, for <see cref="PlanStepProfile"/>: the HR
/// snapshot read by the package's Apideck source from the embedded server (the sample's demo generator, as in
/// <c>benchmarks/e2e</c>), and the Teammeter state loaded by the sample's SQLite sink after an initial sync. The
/// generated inputs of <see cref="SyntheticTenant"/> decide how each record lies in memory; these leave it to the
/// reader and the database, so the two can be compared.
/// </summary>
internal static class SampleInputs
{
    private const string Tenant = "steps";

    public static async Task<(HrisSnapshot Snapshot, TeammeterState State, DateOnly Today)> ReadAsync(int employees)
    {
        await using var server = await FakeApideckServer.StartAsync(null, CancellationToken.None);
        server.Tenants.Add(Tenant, SyntheticOrganisation.Create(employees, seed: 11));
        using var scratch = new ScratchDirectory("steps");
        var sink = new SqliteTeammeterSink(scratch.File("teammeter.db"));
        await using (var host = SyncHost.Create(ApideckEndpoint.Of(server), sink, new EmlInvitationSender(scratch.File("outbox"))))
        {
            var initial = await host.Sync.SyncAsync(Tenant);
            Console.WriteLine($"// Initial sync: {initial.AppliedOperations:N0} operations applied");
            var snapshot = await host.Source.ReadSnapshotAsync(Tenant, CancellationToken.None);
            var state = await sink.LoadAsync(Tenant, CancellationToken.None);
            return (snapshot, state, DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime));
        }
    }
}
