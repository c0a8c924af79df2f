using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Teammeter.Hris.Diagnostics;
using Teammeter.Hris.Review;
using Teammeter.Hris.Reconciliation;
using Teammeter.Hris.Operations;

namespace Teammeter.Hris.Sync;

/// <summary>
/// The sync engine: read HR and the tenant's state, plan with the pure reconciler, apply in dependency order, store
/// the plan for review, and end every run in the history. One run per tenant at a time; a bounded number of tenants
/// in parallel. Decisions on held operations are in <see cref="ReviewDecisions"/>.
/// </summary>
/// <remarks>
/// A singleton that holds none of the host's services: every run (and every plan or history read) resolves them from
/// a DI scope of its own (<see cref="RunServices"/>), so a host's scoped <c>DbContext</c> lives one run and is never
/// shared between tenants running in parallel (docs/host-integration.md, "Lifetimes").
/// </remarks>
internal sealed partial class PersonioSync : IPersonioSync, IKnownTenantSync
{
    private readonly IServiceScopeFactory _scopes;
    private readonly SyncTelemetry _telemetry;
    private readonly TimeProvider _time;
    private readonly ILogger<PersonioSync> _logger;
    private readonly TenantGate _gate;
    private readonly int _batchSize;
    private readonly TimeSpan _leaseDuration;

    public PersonioSync(
        IServiceScopeFactory scopes,
        IOptions<PersonioSyncOptions> options,
        SyncTelemetry telemetry,
        TimeProvider time,
        ILogger<PersonioSync> logger)
    {
        _scopes = scopes;
        _telemetry = telemetry;
        _time = time;
        _logger = logger;
        _gate = new TenantGate(options.Value.MaxConcurrentTenants);
        _batchSize = options.Value.ApplyBatchSize;
        _leaseDuration = options.Value.TenantLeaseDuration;
    }

    internal int BatchSize => _batchSize;

    public Task<SyncReport> PlanAsync(string tenantId, CancellationToken cancellationToken = default) =>
        RunAsync(tenantId, SyncRunKind.Plan, SyncTrigger.Manual, SyncLockedAsync, cancellationToken);

    public Task<SyncReport> SyncAsync(string tenantId, SyncTrigger trigger = SyncTrigger.Manual, CancellationToken cancellationToken = default) =>
        RunAsync(tenantId, SyncRunKind.Sync, trigger, SyncLockedAsync, cancellationToken);

    public Task<SyncReport> SyncAsync(SyncTenant tenant, SyncTrigger trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return RunAsync(
            tenant.TenantId,
            SyncRunKind.Sync,
            trigger,
            (run, token) =>
            {
                run.Settings = tenant;
                return SyncLockedAsync(run, token);
            },
            cancellationToken);
    }

    public Task<SyncReport> ReleaseInvitationsAsync(string tenantId, CancellationToken cancellationToken = default) =>
        RunAsync(tenantId, SyncRunKind.ReleaseInvitations, SyncTrigger.Manual, ReleaseLockedAsync, cancellationToken);

    public async Task<ReviewResult> ApproveAsync(string tenantId, string planId, IReadOnlyCollection<string>? operationKeys = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(planId);
        ReviewResult? result = null;
        await RunAsync(
            tenantId,
            SyncRunKind.Approve,
            SyncTrigger.Manual,
            async (run, token) =>
            {
                (result, var report) = await new ReviewDecisions(this, run.Services.Store, _time).ApproveAsync(run, planId, operationKeys, token).ConfigureAwait(false);
                return report;
            },
            cancellationToken).ConfigureAwait(false);
        return result!;
    }

    public async Task<ReviewResult> RejectAsync(string tenantId, string planId, IReadOnlyCollection<string>? operationKeys = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(planId);
        ReviewResult? result = null;
        await RunAsync(
            tenantId,
            SyncRunKind.Reject,
            SyncTrigger.Manual,
            async (run, token) =>
            {
                (result, var report) = await new ReviewDecisions(this, run.Services.Store, _time).RejectAsync(run, planId, operationKeys, token).ConfigureAwait(false);
                return report;
            },
            cancellationToken).ConfigureAwait(false);
        return result!;
    }

    public async Task<ReviewPlan?> GetPlanAsync(string tenantId, string? planId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        var stored = await ReadStoreAsync(store => store.GetPlanAsync(tenantId, planId, cancellationToken)).ConfigureAwait(false);
        return stored is null ? null : PlanRecords.Read(stored);
    }

    public Task<IReadOnlyList<SyncRun>> GetRunsAsync(string tenantId, int limit = 50, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return ReadStoreAsync(store => store.GetRunsAsync(tenantId, limit, cancellationToken));
    }

    /// <summary>A read of the host's store outside a run, with the store from a DI scope of its own.</summary>
    private async Task<T> ReadStoreAsync<T>(Func<ISyncStore, Task<T>> read)
    {
        var services = new RunServices(_scopes, _telemetry);
        await using (services.ConfigureAwait(false))
        {
            return await read(services.Store).ConfigureAwait(false);
        }
    }

    /// <summary>Reads HR and the tenant's state together, and stops before planning on a suspicious snapshot.</summary>
    internal async Task<(HrisSnapshot Snapshot, TeammeterState State, SyncTenant Settings)> ReadAsync(RunContext run, CancellationToken cancellationToken)
    {
        using var activity = SyncTelemetry.ActivitySource.StartActivity("read");
        var tenantId = run.TenantId;
        var settings = run.Settings ??= await FindSettingsAsync(run, cancellationToken).ConfigureAwait(false);

        // HR and the host's store are independent reads: run them together.
        var snapshotTask = run.Services.Source.ReadSnapshotForScopeAsync(tenantId, settings.Policy.Scope, cancellationToken);
        var stateTask = run.Services.Sink.LoadAsync(tenantId, cancellationToken);
        await Task.WhenAll(snapshotTask, stateTask).ConfigureAwait(false);
        var snapshot = await snapshotTask.ConfigureAwait(false);
        var state = await stateTask.ConfigureAwait(false);

        if (!string.Equals(state.TenantId, tenantId, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The sink returned the state of tenant '{state.TenantId}' when asked for tenant '{tenantId}'.");
        }

        // A snapshot with nobody in it while the tenant has active linked users is far more likely a broken
        // connection than a company that let everyone go: stop before planning (docs/reliability.md).
        if (snapshot.Employees.Count == 0 && state.Users.Any(u => u.IsActive && u.EmployeeId is not null))
        {
            throw new HrisSourceException($"The HR source returned no employees for tenant '{tenantId}' while the tenant has active synced users; the run stopped and nothing was written.");
        }

        LogSnapshotRead(tenantId, snapshot.Employees.Count, state.Users.Count);
        return (snapshot, state, settings);
    }

    /// <summary>Today in the tenant's time zone: decides start and end dates.</summary>
    internal DateOnly Today(SyncTenant settings) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_time.GetUtcNow(), settings.TimeZone).DateTime);

    internal SyncReport CreateReport(RunContext run, bool isInitial, ChangeSet plan, HrisSnapshot snapshot, ApplyProgress progress, Explainer? explainer) =>
        new(run.TenantId, run.Kind, isInitial, plan, snapshot.ReadAt, progress.Applied, progress.InvitationsSent, _time.GetElapsedTime(run.Started), snapshot.MissingFields, run.PlanId, run.Trigger, explainer);

    internal static bool IsInitialSync(TeammeterState state) =>
        !state.InvitationsReleased && !state.Users.Any(u => u.EmployeeId is not null);

    private async Task<SyncReport> SyncLockedAsync(RunContext run, CancellationToken cancellationToken)
    {
        var (snapshot, state, settings) = await ReadAsync(run, cancellationToken).ConfigureAwait(false);

        // A release that failed part-way resumes here: the reviewed users' invitations, not today's new hires.
        var progress = new ApplyProgress();
        if (run.Kind == SyncRunKind.Sync && !state.InvitationsReleased && await run.Services.Store.IsReleasePendingAsync(run.TenantId, cancellationToken).ConfigureAwait(false))
        {
            // The resumed sends count in this run's report and history.
            var resumed = await ReleaseAsync(run, snapshot, state, settings, cancellationToken).ConfigureAwait(false);
            progress.Applied += resumed.AppliedOperations;
            progress.InvitationsSent += resumed.InvitationsSent;
            (snapshot, state, settings) = await ReadAsync(run, cancellationToken).ConfigureAwait(false);
        }

        // With automatic invitations off, only an explicit release invites: a scheduled sync after the first release
        // must not invite the new hires a coach means to look at first.
        var policy = settings.Policy with
        {
            InvitationsReleased = state.InvitationsReleased && settings.Policy.AutoInviteNewHires,
            ApproveHeldOperations = false,
        };
        var explainer = new Explainer(snapshot);
        ChangeSet plan;
        using (SyncTelemetry.ActivitySource.StartActivity("plan"))
        {
            plan = OrgReconciler.Plan(snapshot, state, policy, Today(settings));
            plan = await WithoutRejectedAsync(run, plan, explainer, cancellationToken).ConfigureAwait(false);
        }

        var isInitial = IsInitialSync(state);
        await StorePlanAsync(run, isInitial, plan, snapshot, explainer, cancellationToken).ConfigureAwait(false);
        if (run.Kind != SyncRunKind.Plan)
        {
            await ApplyAsync(run, plan.Operations, progress, () => CreateReport(run, isInitial, plan, snapshot, progress, explainer), cancellationToken).ConfigureAwait(false);
        }

        return CreateReport(run, isInitial, plan, snapshot, progress, explainer);
    }

    private async Task<SyncReport> ReleaseLockedAsync(RunContext run, CancellationToken cancellationToken)
    {
        var (snapshot, state, settings) = await ReadAsync(run, cancellationToken).ConfigureAwait(false);
        return await ReleaseAsync(run, snapshot, state, settings, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends the invitations of users that exist (a person reviewed them) and records the release only once they are
    /// sent. The pending mark goes first, so a release that fails part-way resumes on the next run.
    /// </summary>
    private async Task<SyncReport> ReleaseAsync(RunContext run, HrisSnapshot snapshot, TeammeterState state, SyncTenant settings, CancellationToken cancellationToken)
    {
        var policy = settings.Policy with { InvitationsReleased = true, ApproveHeldOperations = false };
        var full = OrgReconciler.Plan(snapshot, state, policy, Today(settings));
        var reviewed = full.Operations.Where(o => o is SendInvitation { Reason: not "NewHire" }).ToList();
        var plan = new ChangeSet(reviewed, [], full.Warnings) { ExcludedCounts = full.ExcludedCounts };
        var explainer = new Explainer(snapshot);
        var isInitial = IsInitialSync(state);
        await StorePlanAsync(run, isInitial, plan, snapshot, explainer, cancellationToken).ConfigureAwait(false);

        var progress = new ApplyProgress();
        await run.Services.Store.SetReleasePendingAsync(run.TenantId, true, cancellationToken).ConfigureAwait(false);
        await ApplyAsync(
            run,
            reviewed,
            progress,
            () => CreateReport(run, isInitial, plan, snapshot, progress, explainer),
            cancellationToken,
            async () =>
            {
                await run.Services.Sink.MarkInvitationsReleasedAsync(run.TenantId, cancellationToken).ConfigureAwait(false);
                await run.Services.Store.SetReleasePendingAsync(run.TenantId, false, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return CreateReport(run, isInitial, plan, snapshot, progress, explainer);
    }

    internal async Task ApplyAsync(RunContext run, IReadOnlyList<SyncOperation> operations, ApplyProgress progress, Func<SyncReport> report, CancellationToken cancellationToken, Func<Task>? then = null)
    {
        using var activity = SyncTelemetry.ActivitySource.StartActivity("apply");
        try
        {
            await run.Services.Applier.ApplyAsync(run.TenantId, operations, _batchSize, progress, cancellationToken).ConfigureAwait(false);
            if (then is not null)
            {
                await then().ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new SyncApplyException(report(), exception);
        }
    }

    internal async Task StorePlanAsync(RunContext run, bool isInitial, ChangeSet plan, HrisSnapshot snapshot, Explainer explainer, CancellationToken cancellationToken)
    {
        // Its own span: for an initial sync of a large organisation, storing the plan (its fingerprint over every
        // operation, the first ones with their why) costs about as much as planning it (docs/performance.md §5).
        using var activity = SyncTelemetry.ActivitySource.StartActivity("store");
        var stored = PlanRecords.Create(run.TenantId, run.PlanId, _time.GetUtcNow(), run.Kind, isInitial, plan, snapshot.MissingFields, explainer);
        await run.Services.Store.SavePlanAsync(stored, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Held operations a person rejected stay out of the plan while HR says the same about that person.</summary>
    private static async Task<ChangeSet> WithoutRejectedAsync(RunContext run, ChangeSet plan, Explainer explainer, CancellationToken cancellationToken)
    {
        if (plan.Held.Count == 0)
        {
            return plan;
        }

        var rejections = await run.Services.Store.GetRejectionsAsync(run.TenantId, cancellationToken).ConfigureAwait(false);
        if (rejections.Count == 0)
        {
            return plan;
        }

        var rejected = rejections.ToDictionary(r => r.Key, r => r.HrFingerprint, StringComparer.Ordinal);
        var held = plan.Held
            .Where(o => !(rejected.TryGetValue(OperationKeys.Of(o), out var basis) && basis == PlanRecords.HrFingerprint(o, explainer)))
            .ToList();
        return held.Count == plan.Held.Count ? plan : new ChangeSet(plan.Operations, held, plan.Warnings) { ExcludedCounts = plan.ExcludedCounts };
    }

    private static async Task<SyncTenant> FindSettingsAsync(RunContext run, CancellationToken cancellationToken)
    {
        var tenants = run.Services.Tenants;
        var settings = tenants is null ? null : await tenants.FindTenantAsync(run.TenantId, cancellationToken).ConfigureAwait(false);
        return settings ?? new SyncTenant(run.TenantId, TimeZoneInfo.Utc, new TimeOnly(6, 0), AutoSync: false);
    }

    /// <summary>
    /// The frame of every run: one per tenant at a time in this process (the gate) and across processes and nodes
    /// (the store's lease; a plan-only run writes nothing to the sink and takes none), telemetry, logs, and the run's
    /// end recorded. A tenant leased elsewhere fails fast with <see cref="TenantLeaseException"/> before anything is
    /// read or written, and is no run of its own in the history.
    /// The run's services come from a scope created after the gate (a waiting run holds no <c>DbContext</c>) and
    /// disposed after the run's end is recorded.
    /// </summary>
    private async Task<SyncReport> RunAsync(string tenantId, SyncRunKind kind, SyncTrigger trigger, Func<RunContext, CancellationToken, Task<SyncReport>> body, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        using var lease = await _gate.EnterAsync(tenantId, cancellationToken).ConfigureAwait(false);
        var runId = Guid.NewGuid().ToString("N");
        var services = new RunServices(_scopes, _telemetry);
        await using (services.ConfigureAwait(false))
        {
            services.ResolveAll();
            if (kind == SyncRunKind.Plan)
            {
                return await RunLeasedAsync(tenantId, kind, trigger, runId, services, null, body, cancellationToken).ConfigureAwait(false);
            }

            // The lease renews on a timer while the run works, so its store gets a scope of its own: a DbContext
            // shared with the run's sink or store would see two operations at once, which it does not allow.
            var leaseScope = _scopes.CreateAsyncScope();
            await using (leaseScope.ConfigureAwait(false))
            {
                var leaseStore = leaseScope.ServiceProvider.GetRequiredService<ISyncStore>();
                var tenantLease = await TenantLease.AcquireAsync(leaseStore, tenantId, runId, _leaseDuration, _time, _logger, cancellationToken).ConfigureAwait(false);
                try
                {
                    return await RunLeasedAsync(tenantId, kind, trigger, runId, services, tenantLease, body, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    await tenantLease.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
    }

    private async Task<SyncReport> RunLeasedAsync(string tenantId, SyncRunKind kind, SyncTrigger trigger, string runId, RunServices services, TenantLease? tenantLease, Func<RunContext, CancellationToken, Task<SyncReport>> body, CancellationToken cancellationToken)
    {
        using var linked = tenantLease is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, tenantLease.Lost);
        var token = linked?.Token ?? cancellationToken;
        using var activity = SyncTelemetry.ActivitySource.StartActivity($"{nameof(PersonioSync)}.{kind}");
        activity?.SetTag("teammeter.tenant", tenantId);
        var run = new RunContext(tenantId, kind, trigger, runId, _time.GetTimestamp(), _time.GetUtcNow(), services);
        LogRunStarted(tenantId, kind);
        var result = "failed";
        SyncReport? report = null;
        Exception? failure = null;
        try
        {
            try
            {
                report = await body(run, token).ConfigureAwait(false);
            }
            catch (Exception exception) when (tenantLease is { IsLost: true } && !cancellationToken.IsCancellationRequested && exception is OperationCanceledException or SyncApplyException { InnerException: OperationCanceledException })
            {
                // Another owner holds the tenant now: stop, and say so in a way the host can tell from a cancellation.
                throw new TenantLeaseException(
                    TenantLeaseException.Lost,
                    tenantId,
                    $"The lease on tenant '{tenantId}' was lost while the run was applying (taken over, or not renewable before it expired); the run stopped. The next run converges.",
                    exception);
            }

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
        catch (Exception exception)
        {
            failure = exception;
            report = (exception as SyncApplyException)?.Report;
            result = exception switch
            {
                HrisSourceException => "source_failed",
                SyncReviewException => "rejected_request",
                TenantLeaseException => "lease_lost",
                _ => "apply_failed",
            };

            // The host's exception may quote an address: its type and stack at Error, its message only at Debug.
            LogRunFailed(tenantId, kind, exception.GetType().Name, RedactedException.Of(exception));
            LogRunFailedDetail(tenantId, kind, exception);
            throw;
        }
        finally
        {
            var tags = new TagList { { "kind", kind.ToString() }, { "result", result } };
            _telemetry.Runs.Add(1, tags);
            _telemetry.RunDuration.Record(_time.GetElapsedTime(run.Started).TotalSeconds, tags);
            activity?.SetTag("teammeter.result", result);
            await RecordAsync(run, result, report, failure).ConfigureAwait(false);
        }
    }

    private Task RecordAsync(RunContext run, string result, SyncReport? report, Exception? failure)
    {
        var entry = new SyncRun
        {
            TenantId = run.TenantId,
            RunId = run.RunId,
            Kind = run.Kind,
            Trigger = run.Trigger,
            StartedAt = run.StartedAt,
            FinishedAt = _time.GetUtcNow(),
            Outcome = result switch { "succeeded" => SyncOutcome.Succeeded, "cancelled" => SyncOutcome.Cancelled, _ => SyncOutcome.Failed },
            PlanId = report?.PlanId,
            PlannedOperations = report?.Plan.Operations.Count ?? 0,
            AppliedOperations = report?.AppliedOperations ?? 0,
            InvitationsSent = report?.InvitationsSent ?? 0,
            HeldOperations = report?.Held.Count ?? 0,
            Warnings = report?.Warnings.Count ?? 0,
            Error = failure is null ? null : (failure as HrisSourceException)?.ErrorCode ?? failure.GetType().Name,
        };

        // Recorded even when the caller's token was cancelled: the history must say the run ended.
        return run.Services.Recorder.RecordAsync(entry, report, failure, CancellationToken.None);
    }
}
