using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Teammeter.Hris.Diagnostics;

namespace Teammeter.Hris.Sync;

/// <summary>
/// The sync engine: read HR and the tenant's state, plan with the pure reconciler, guard, apply in dependency order,
/// report. One run per tenant at a time; a bounded number of tenants in parallel.
/// </summary>
internal sealed partial class PersonioSync : IPersonioSync
{
    private readonly IHrisSource _source;
    private readonly ITeammeterSink _sink;
    private readonly PlanApplier _applier;
    private readonly ISyncTenantProvider? _tenants;
    private readonly SyncTelemetry _telemetry;
    private readonly TimeProvider _time;
    private readonly ILogger<PersonioSync> _logger;
    private readonly TenantGate _gate;
    private readonly int _batchSize;

    public PersonioSync(
        IHrisSource source,
        ITeammeterSink sink,
        IInvitationSender sender,
        IOptions<PersonioSyncOptions> options,
        SyncTelemetry telemetry,
        TimeProvider time,
        ILogger<PersonioSync> logger,
        ISyncTenantProvider? tenants = null)
    {
        _source = source;
        _sink = sink;
        _tenants = tenants;
        _telemetry = telemetry;
        _time = time;
        _logger = logger;
        _applier = new PlanApplier(sink, sender, telemetry);
        _gate = new TenantGate(options.Value.MaxConcurrentTenants);
        _batchSize = options.Value.ApplyBatchSize;
    }

    public Task<SyncReport> PlanAsync(string tenantId, CancellationToken cancellationToken = default) =>
        RunAsync(tenantId, SyncRunKind.Plan, cancellationToken);

    public Task<SyncReport> SyncAsync(string tenantId, CancellationToken cancellationToken = default) =>
        RunAsync(tenantId, SyncRunKind.Sync, cancellationToken);

    public Task<SyncReport> ReleaseInvitationsAsync(string tenantId, CancellationToken cancellationToken = default) =>
        RunAsync(tenantId, SyncRunKind.ReleaseInvitations, cancellationToken);

    public Task<SyncReport> ApproveHeldOperationsAsync(string tenantId, CancellationToken cancellationToken = default) =>
        RunAsync(tenantId, SyncRunKind.ApproveHeldOperations, cancellationToken);

    private async Task<SyncReport> RunAsync(string tenantId, SyncRunKind kind, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        using var lease = await _gate.EnterAsync(tenantId, cancellationToken).ConfigureAwait(false);
        using var activity = SyncTelemetry.ActivitySource.StartActivity($"{nameof(PersonioSync)}.{kind}");
        activity?.SetTag("teammeter.tenant", tenantId);
        var started = _time.GetTimestamp();
        LogRunStarted(tenantId, kind);
        var result = "failed";
        try
        {
            var report = await RunLockedAsync(tenantId, kind, started, cancellationToken).ConfigureAwait(false);
            result = "succeeded";
            LogRunFinished(tenantId, kind, report.Plan.Operations.Count, report.AppliedOperations, report.Held.Count, report.Warnings.Count, report.Duration.TotalMilliseconds);
            return report;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The caller (or the host's shutdown) cancelled: not a failure of the source or the sink.
            result = "cancelled";
            LogRunCancelled(tenantId, kind);
            throw;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            result = exception is HrisSourceException ? "source_failed" : "apply_failed";
            // The host's exception may quote an address: its type and stack at Error, its message only at Debug.
            LogRunFailed(tenantId, kind, exception.GetType().Name, RedactedException.Of(exception));
            LogRunFailedDetail(tenantId, kind, exception);
            throw;
        }
        finally
        {
            var tags = new TagList { { "kind", kind.ToString() }, { "result", result } };
            _telemetry.Runs.Add(1, tags);
            _telemetry.RunDuration.Record(_time.GetElapsedTime(started).TotalSeconds, tags);
            activity?.SetTag("teammeter.result", result);
        }
    }

    private async Task<SyncReport> RunLockedAsync(string tenantId, SyncRunKind kind, long started, CancellationToken cancellationToken)
    {
        var settings = await FindSettingsAsync(tenantId, cancellationToken).ConfigureAwait(false);
        var (snapshot, state) = await ReadAsync(tenantId, cancellationToken).ConfigureAwait(false);
        // With automatic invitations off, only an explicit release invites (design §5): a scheduled sync after the
        // first release must not invite the new hires a coach means to look at first.
        var released = kind == SyncRunKind.ReleaseInvitations || (state.InvitationsReleased && settings.Policy.AutoInviteNewHires);
        var policy = settings.Policy with
        {
            InvitationsReleased = released,
            ApproveHeldOperations = kind == SyncRunKind.ApproveHeldOperations,
        };
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_time.GetUtcNow(), settings.TimeZone).DateTime);

        ChangeSet plan;
        using (SyncTelemetry.ActivitySource.StartActivity("plan"))
        {
            plan = OrgReconciler.Plan(snapshot, state, policy, today);
        }

        var isInitial = IsInitialSync(state);
        if (kind == SyncRunKind.Plan)
        {
            return CreateReport(tenantId, kind, isInitial, plan, snapshot, new ApplyProgress(), started);
        }

        var progress = new ApplyProgress();
        using (SyncTelemetry.ActivitySource.StartActivity("apply"))
        {
            try
            {
                if (kind == SyncRunKind.ReleaseInvitations && !state.InvitationsReleased)
                {
                    await _sink.MarkInvitationsReleasedAsync(tenantId, cancellationToken).ConfigureAwait(false);
                }

                await _applier.ApplyAsync(tenantId, plan.Operations, _batchSize, progress, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                throw new SyncApplyException(CreateReport(tenantId, kind, isInitial, plan, snapshot, progress, started), exception);
            }
        }

        return CreateReport(tenantId, kind, isInitial, plan, snapshot, progress, started);
    }

    private async Task<(HrisSnapshot Snapshot, TeammeterState State)> ReadAsync(string tenantId, CancellationToken cancellationToken)
    {
        using var activity = SyncTelemetry.ActivitySource.StartActivity("read");

        // HR and the host's store are independent reads: run them together.
        var snapshotTask = _source.ReadSnapshotAsync(tenantId, cancellationToken);
        var stateTask = _sink.LoadAsync(tenantId, cancellationToken);
        await Task.WhenAll(snapshotTask, stateTask).ConfigureAwait(false);
        var snapshot = await snapshotTask.ConfigureAwait(false);
        var state = await stateTask.ConfigureAwait(false);

        if (!string.Equals(state.TenantId, tenantId, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The sink returned the state of tenant '{state.TenantId}' when asked for tenant '{tenantId}'.");
        }

        // A snapshot with nobody in it while the tenant has active linked users is far more likely a broken
        // connection than a company that let everyone go: stop before planning (design §4).
        if (snapshot.Employees.Count == 0 && state.Users.Any(u => u.IsActive && u.ExternalId is not null))
        {
            throw new HrisSourceException($"The HR source returned no employees for tenant '{tenantId}' while the tenant has active synced users; the run stopped and nothing was written.");
        }

        LogSnapshotRead(tenantId, snapshot.Employees.Count, state.Users.Count);
        return (snapshot, state);
    }

    private async Task<SyncTenant> FindSettingsAsync(string tenantId, CancellationToken cancellationToken)
    {
        var settings = _tenants is null ? null : await _tenants.FindTenantAsync(tenantId, cancellationToken).ConfigureAwait(false);
        return settings ?? new SyncTenant(tenantId, TimeZoneInfo.Utc, new TimeOnly(6, 0), AutoSync: false);
    }

    private static bool IsInitialSync(TeammeterState state) =>
        !state.InvitationsReleased && !state.Users.Any(u => u.ExternalId is not null);

    private SyncReport CreateReport(string tenantId, SyncRunKind kind, bool isInitial, ChangeSet plan, HrisSnapshot snapshot, ApplyProgress progress, long started) =>
        new(tenantId, kind, isInitial, plan, snapshot.ReadAt, progress.Applied, progress.InvitationsSent, _time.GetElapsedTime(started));
}
