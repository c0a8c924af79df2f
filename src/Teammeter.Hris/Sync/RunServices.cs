using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Teammeter.Hris.Diagnostics;

namespace Teammeter.Hris.Sync;

/// <summary>
/// The services one run uses, resolved from a DI scope of its own and disposed with it at the run's end
/// (docs/host-integration.md, "Lifetimes"). A host's scoped sink or store (an EF Core <c>DbContext</c>) lives exactly
/// one run, and tenants running in parallel never share one; the HR source, and with it the typed Apideck
/// <see cref="HttpClient"/>, comes from the factory per run, so its handler rotates. A host's singletons resolve to
/// themselves, so a host that registers singletons sees no change.
/// </summary>
/// <remarks>
/// A run resolves everything at its start (<see cref="ResolveAll"/>); a plan or history read resolves only the store,
/// so it builds no HTTP client.
/// </remarks>
internal sealed class RunServices : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope;
    private readonly SyncTelemetry _telemetry;
    private IHrisSource? _source;
    private ITeammeterSink? _sink;
    private ISyncStore? _store;
    private PlanApplier? _applier;
    private RunRecorder? _recorder;
    private bool _tenantsResolved;
    private ISyncTenantProvider? _tenants;

    public RunServices(IServiceScopeFactory scopes, SyncTelemetry telemetry)
    {
        _scope = scopes.CreateAsyncScope();
        _telemetry = telemetry;
    }

    private IServiceProvider Services => _scope.ServiceProvider;

    public IHrisSource Source => _source ??= Services.GetRequiredService<IHrisSource>();

    public ITeammeterSink Sink => _sink ??= Services.GetRequiredService<ITeammeterSink>();

    public ISyncStore Store => _store ??= Services.GetRequiredService<ISyncStore>();

    public PlanApplier Applier => _applier ??= new PlanApplier(Sink, Services.GetRequiredService<IInvitationSender>(), _telemetry);

    public RunRecorder Recorder => _recorder ??= new RunRecorder(
        Store,
        Services.GetServices<ISyncRunObserver>(),
        Services.GetService<IAdminNotifier>(),
        Services.GetRequiredService<ILogger<RunRecorder>>());

    /// <summary>The host's tenant settings, if it registered any.</summary>
    public ISyncTenantProvider? Tenants
    {
        get
        {
            if (!_tenantsResolved)
            {
                _tenants = Services.GetService<ISyncTenantProvider>();
                _tenantsResolved = true;
            }

            return _tenants;
        }
    }

    /// <summary>
    /// Resolves every service a run uses, at its start: a run already past the gate when the host's shutdown disposes
    /// the container still ends with its cancellation and its record, not an <see cref="ObjectDisposedException"/>.
    /// </summary>
    public RunServices ResolveAll()
    {
        _ = Recorder;
        _ = Tenants;
        _ = Source;
        _ = Applier;
        return this;
    }

    /// <summary>Disposes the scope, and with it every scoped and transient service the run resolved (asynchronously where they can).</summary>
    public ValueTask DisposeAsync() => _scope.DisposeAsync();
}
